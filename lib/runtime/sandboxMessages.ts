/**
 * What the page accepts from the sandbox: every message is checked against these schemas before
 * anything reads it. Learner code shares the worker with the runner, so it can post whatever it
 * likes; a message of the wrong shape is refused (and the runner restarted), never half-read.
 * Unknown fields are dropped. Loaded lazily with the sandbox, so pages without a runner skip it.
 */
import { z } from 'zod';
import { isMessageCode, type CodedMessage, type MessageParam } from '@/lib/i18n/codedMessages';
import { sliceAxes } from '@/lib/heatmap/types';
import type { Display, HeatmapDisplay, RunResult } from './displays';
import type { SandboxMessage } from './protocol';

// Pages run under a CSP without 'unsafe-eval': keep zod from probing `Function('')`.
z.config({ jitless: true });

/** Any number, NaN and infinities included: results may hold them, and the page shows them. */
export const num = z.custom<number>((v) => typeof v === 'number', 'expected a number');
const id = z.number().int();
export const text = z.string();
const texts = z.array(text);
export const shape = z.array(z.number().int().nonnegative());
export const float32 = z.instanceof(Float32Array);
/** A chart's stable id (content checks find charts by it). */
const chartId = text.optional();

/** A message the page words in its own language: a known code, parameters nested at most a few deep. */
export const coded: z.ZodType<CodedMessage> = z.lazy(() =>
  z.object({
    code: z.custom<CodedMessage['code']>(isMessageCode, 'unknown message code'),
    params: z.record(z.string(), param).optional(),
  }),
);
const param: z.ZodType<MessageParam> = z.lazy(() => z.union([text, num, coded, z.array(coded)]));

export const heatmap: z.ZodType<HeatmapDisplay> = z.object({
  kind: z.literal('heatmap'),
  id: chartId,
  title: text.optional(),
  data: float32,
  shape,
  rowLabels: texts.optional(),
  colLabels: texts.optional(),
  rowAxisLabel: text.optional(),
  colAxisLabel: text.optional(),
  headLabels: texts.optional(),
  sliceAxis: z.enum(sliceAxes).optional(),
  mask: z.instanceof(Uint8Array).optional(),
});

const matrix = z.object({ data: float32, shape });

const display: z.ZodType<Display> = z.union([
  heatmap,
  z.object({
    kind: z.literal('steps'),
    id: chartId,
    title: text.optional(),
    rowLabels: texts.optional(),
    colLabels: texts.optional(),
    scores: matrix,
    scaled: matrix,
    masked: matrix,
    weights: matrix,
    output: matrix,
  }),
  z.object({
    kind: z.literal('line'),
    id: chartId,
    title: text.optional(),
    xLabel: text.optional(),
    yLabel: text.optional(),
    x: z.array(num).optional(),
    series: z.array(z.object({ name: text, values: z.array(num) })),
  }),
  z.object({
    kind: z.literal('table'),
    id: chartId,
    title: text.optional(),
    columns: texts,
    rows: z.array(z.array(z.union([text, num]))),
  }),
]);

const ms = num.optional();

export const runResult: z.ZodType<RunResult> = z.object({
  displays: z.array(display),
  logs: z.array(z.object({ level: z.enum(['log', 'info', 'warn', 'error']), text })),
  error: z
    .object({
      kind: z.enum(['syntax', 'runtime', 'readback', 'timeout', 'crash']),
      message: text,
      coded: coded.optional(),
      location: z.object({ line: z.number().int(), column: z.number().int() }).optional(),
    })
    .optional(),
  backend: text,
  fallbackNote: text.optional(),
  fallbackReasons: z.array(coded).optional(),
  readFallback: z.object({ failed: text, why: text, whyCoded: coded.optional() }).optional(),
  timeMs: num,
  firstRunOnBackend: z.boolean(),
  leakedTensors: z.number().int(),
  logsTruncated: z.boolean(),
  phases: z
    .object({
      workerStartMs: ms,
      workerReadyAt: ms,
      backendMs: ms,
      transpileMs: num,
      computeMs: num,
      readBackMs: num,
      answeredAt: ms,
    })
    .optional(),
});

/**
 * The messages of one request, whose answer is checked with `result`, the schema of its kind
 * (lib/worker/resultSchemas.ts lists them).
 */
function sandboxMessage(result: z.ZodType<unknown>): z.ZodType<SandboxMessage> {
  // Built once per kind: building a zod schema costs more than checking a message with it.
  let schema = messageSchemas.get(result);
  if (!schema) {
    schema = buildSandboxMessage(result);
    messageSchemas.set(result, schema);
  }
  return schema;
}

/** No request in progress: no answer is accepted. */
const noAnswer = z.never();

const messageSchemas = new WeakMap<z.ZodType<unknown>, z.ZodType<SandboxMessage>>();

function buildSandboxMessage(result: z.ZodType<unknown>): z.ZodType<SandboxMessage> {
  return z.union([
    z.object({ type: z.literal('started'), id }),
    z.object({ type: z.literal('wasm-needed'), id }),
    z.object({ type: z.literal('answer'), id, result }),
    z.object({ type: z.literal('crash'), message: text }),
    z.object({ type: z.literal('flood'), count: z.number().int() }),
  ]) as z.ZodType<SandboxMessage>;
}

/**
 * The message, when it is one the page accepts while waiting for a request whose answer has the
 * shape `result` (no request: nothing is answered, so an answer is refused); null otherwise.
 */
export function parseSandboxMessage(
  data: unknown,
  result: z.ZodType<unknown> = noAnswer,
): SandboxMessage | null {
  const parsed = sandboxMessage(result).safeParse(data);
  return parsed.success ? parsed.data : null;
}
