import { z } from 'zod';
import { configFields, configProblems, type LabConfig } from './config';
import { isTrained, parameterShapes } from './model';
import type { OptimizerState, WeightValues } from './trainer';

/**
 * A trained lab model as a file (and as IndexedDB holds it): the settings, the step reached
 * and every parameter. One reader checks both, the same way progress import does: codes for
 * the page to put in words, plus a detail naming the field.
 */
export const labFileKind = 'lab-model';
export const labFileVersion = 1;
/**
 * The largest model (4 layers of width 128 with feed-forward layers, about 0.8 M parameters) is
 * about 10 MB of numbers, and Adam's two moments triple that; 48 MB leaves room.
 */
export const maxFileBytes = 48 * 1024 * 1024;

export interface LabModelFile {
  app: 'attention-atlas';
  kind: typeof labFileKind;
  version: typeof labFileVersion;
  savedAt: number;
  config: LabConfig;
  step: number;
  weights: WeightValues;
  /**
   * Adam's state when saved, so training resumes where it stopped (absent in a model saved
   * before its first step, and in files written before Adam's state was kept).
   */
  optimizer?: OptimizerState;
  /** The loss and accuracy curve up to `step`, so a loaded model shows its history. */
  history: { step: number; loss: number; accuracy: number }[];
}

const fileSchema = z.object({
  app: z.literal('attention-atlas'),
  kind: z.literal(labFileKind),
  version: z.number().int(),
  savedAt: z.number(),
  config: z.record(z.string(), z.unknown()),
  step: z.number().int().min(0),
  weights: z.record(z.string(), z.array(z.number())),
  optimizer: z
    .object({
      iterations: z.number().int().min(0),
      m: z.record(z.string(), z.array(z.number())),
      // Second moments are means of squares: a negative one would make Adam's step NaN.
      v: z.record(z.string(), z.array(z.number().min(0))),
    })
    .optional(),
  history: z
    .array(z.object({ step: z.number(), loss: z.number().nullable(), accuracy: z.number() }))
    .max(100_000),
});

export type LabImportFailure = 'too-large' | 'not-json' | 'not-ours' | 'too-new' | 'invalid';
export type LabImportResult =
  { ok: true; file: LabModelFile } | { ok: false; reason: LabImportFailure; detail?: string };

export function exportLabModel(file: Omit<LabModelFile, 'app' | 'kind' | 'version'>): string {
  return JSON.stringify({
    app: 'attention-atlas',
    kind: labFileKind,
    version: labFileVersion,
    ...file,
  });
}

/** Reads a file's text (or a stored copy) into a model the trainer can load, or says why not. */
export function readLabModel(text: string): LabImportResult {
  if (text.length > maxFileBytes) return { ok: false, reason: 'too-large' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  const head = raw as { app?: unknown; kind?: unknown; version?: unknown } | null;
  if (
    typeof head !== 'object' ||
    head === null ||
    head.app !== 'attention-atlas' ||
    head.kind !== labFileKind
  ) {
    return { ok: false, reason: 'not-ours' };
  }
  if (typeof head.version === 'number' && head.version > labFileVersion) {
    return { ok: false, reason: 'too-new' };
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: 'invalid', detail: `${issue.path.join('.')}: ${issue.message}` };
  }
  const problems = configProblems(parsed.data.config);
  if (problems.length > 0)
    return { ok: false, reason: 'invalid', detail: `config: ${problems[0]}` };
  const config = pickConfig(parsed.data.config);
  const shapes = parameterShapes(config);
  const sizeProblem = (field: string, values: WeightValues, only: (name: string) => boolean) => {
    for (const [name, shape] of shapes) {
      if (!only(name)) continue;
      const got = values[name];
      const size = shape.reduce((a, b) => a * b, 1);
      if (!got) return `${field}.${name}: missing`;
      if (got.length !== size) {
        return `${field}.${name}: ${got.length} numbers, expected ${size} (shape [${shape.join(', ')}])`;
      }
    }
    return null;
  };
  const weightsProblem = sizeProblem('weights', parsed.data.weights, () => true);
  if (weightsProblem) return { ok: false, reason: 'invalid', detail: weightsProblem };
  const adam = parsed.data.optimizer;
  if (adam) {
    // Adam keeps moments for the trained parameters only (not an attention-only model's FFN).
    const trains = (name: string) => isTrained(config, name);
    const problem =
      sizeProblem('optimizer.m', adam.m, trains) ?? sizeProblem('optimizer.v', adam.v, trains);
    if (problem) return { ok: false, reason: 'invalid', detail: problem };
    if (adam.iterations > parsed.data.step) {
      return {
        ok: false,
        reason: 'invalid',
        detail: `optimizer.iterations: ${adam.iterations} is more than the step, ${parsed.data.step}`,
      };
    }
  }
  const history = parsed.data.history.map((h) => ({ ...h, loss: h.loss ?? NaN }));
  return { ok: true, file: { ...parsed.data, config, history } as LabModelFile };
}

/** Only the known settings, so extra fields in a file never reach the trainer. */
function pickConfig(raw: Record<string, unknown>): LabConfig {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(configFields)) out[key] = raw[key];
  return out as unknown as LabConfig;
}
