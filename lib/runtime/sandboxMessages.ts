/**
 * What the page accepts from the sandbox: every message is checked against these schemas before
 * anything reads it. Learner code shares the worker with the runner, so it can post whatever it
 * likes; a message of the wrong shape is refused (and the runner restarted), never half-read.
 * Unknown fields are dropped. Loaded lazily with the sandbox, so pages without a runner skip it.
 */
import { z } from 'zod';
import type { GradeResult } from '@/lib/practice/grading/types';
import type { Display, HeatmapDisplay, RunResult } from './displays';
import type { SandboxMessage } from './protocol';

// Pages run under a CSP without 'unsafe-eval': keep zod from probing `Function('')`.
z.config({ jitless: true });

/** Any number, NaN and infinities included: results may hold them, and the page shows them. */
const num = z.custom<number>((v) => typeof v === 'number', 'expected a number');
const id = z.number().int();
const text = z.string();
const texts = z.array(text);
const shape = z.array(z.number().int().nonnegative());
const float32 = z.instanceof(Float32Array);

const heatmap: z.ZodType<HeatmapDisplay> = z.object({
  kind: z.literal('heatmap'),
  title: text.optional(),
  data: float32,
  shape,
  rowLabels: texts.optional(),
  colLabels: texts.optional(),
  rowAxisLabel: text.optional(),
  colAxisLabel: text.optional(),
  headLabels: texts.optional(),
  mask: z.instanceof(Uint8Array).optional(),
});

const matrix = z.object({ data: float32, shape });

const display: z.ZodType<Display> = z.union([
  heatmap,
  z.object({
    kind: z.literal('steps'),
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
    title: text.optional(),
    xLabel: text.optional(),
    yLabel: text.optional(),
    x: z.array(num).optional(),
    series: z.array(z.object({ name: text, values: z.array(num) })),
  }),
  z.object({
    kind: z.literal('table'),
    title: text.optional(),
    columns: texts,
    rows: z.array(z.array(z.union([text, num]))),
  }),
]);

const runResult: z.ZodType<RunResult> = z.object({
  displays: z.array(display),
  logs: z.array(z.object({ level: z.enum(['log', 'info', 'warn', 'error']), text })),
  error: z
    .object({
      kind: z.enum(['syntax', 'runtime', 'timeout', 'crash']),
      message: text,
      location: z.object({ line: z.number().int(), column: z.number().int() }).optional(),
    })
    .optional(),
  backend: text,
  fallbackNote: text.optional(),
  timeMs: num,
  firstRunOnBackend: z.boolean(),
  leakedTensors: z.number().int(),
  logsTruncated: z.boolean(),
});

const gradeResult: z.ZodType<GradeResult> = z.object({
  run: runResult,
  cases: z.array(z.object({ name: text, hidden: z.boolean(), passed: z.boolean() })),
  totalCases: z.number().int(),
  hiddenCases: z.number().int(),
  passed: z.boolean(),
  failure: z
    .object({
      caseName: text,
      hidden: z.boolean(),
      reason: z.enum(['shape', 'values', 'nan', 'type', 'missing-function']),
      output: text.optional(),
      expectedShape: shape.optional(),
      actualShape: shape.optional(),
      maxError: num.optional(),
      worst: z.object({ index: z.array(z.number().int()), want: num, got: num }).optional(),
      inputs: z.array(heatmap),
      expected: heatmap.optional(),
      actual: heatmap.optional(),
      difference: heatmap.optional(),
      functionName: text.optional(),
      expectedKind: text.optional(),
      actualKind: text.optional(),
      message: text.optional(),
    })
    .optional(),
  thrownIn: z.object({ caseName: text, hidden: z.boolean() }).optional(),
  tolerance: z.object({ atol: num, rtol: num }),
});

const sandboxMessage: z.ZodType<SandboxMessage> = z.union([
  z.object({ type: z.literal('started'), id }),
  z.object({ type: z.literal('wasm-needed'), id }),
  z.object({ type: z.literal('result'), id, result: runResult }),
  z.object({ type: z.literal('graded'), id, result: gradeResult }),
  z.object({ type: z.literal('crash'), message: text }),
  z.object({ type: z.literal('flood'), count: z.number().int() }),
]);

/** The message, when it is one the page accepts; null for anything else. */
export function parseSandboxMessage(data: unknown): SandboxMessage | null {
  const parsed = sandboxMessage.safeParse(data);
  return parsed.success ? parsed.data : null;
}
