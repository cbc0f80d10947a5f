import { z } from 'zod';
import { configFields, configProblems, type LabConfig } from './config';
import { isTrained, parameterShapes } from './model';
import { labProblem, type LabProblem } from './problems';
import { maxSavedSnapshots, type SavedSnapshot } from './snapshots';
import type { OptimizerState, WeightValues } from './trainer';

/**
 * A trained lab model as a file (and as IndexedDB holds it): the settings, the step reached
 * and every parameter. One reader checks both, the same way progress import does: codes for
 * the page to put in words, plus a problem (a code too) naming the field.
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
  /**
   * The timeline's snapshots up to `step` (bounded, see lib/lab/snapshots.ts), so a reload can
   * still be scrubbed back through the run (absent in files written before they were kept).
   */
  snapshots?: SavedSnapshot[];
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
  snapshots: z
    .array(
      z.object({
        step: z.number().int().min(0),
        input: z.array(z.number().int().min(0)),
        prediction: z.array(z.number().int().min(0)),
        target: z.array(z.number().int().min(0)),
        scored: z.array(z.number()),
        // Attention weights: each a softmax output.
        weights: z.array(z.array(z.number().min(0).max(1))),
      }),
    )
    .max(maxSavedSnapshots)
    .optional(),
});

export type LabImportFailure = 'too-large' | 'not-json' | 'not-ours' | 'too-new' | 'invalid';
export type LabImportResult =
  { ok: true; file: LabModelFile } | { ok: false; reason: LabImportFailure; problem?: LabProblem };

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
    // The path names the field; zod's own words are English, so the page says "not valid".
    const path = parsed.error.issues[0].path.join('.') || '(file)';
    return invalid(labProblem('lab.problem.fileField', { path }));
  }
  const problems = configProblems(parsed.data.config);
  if (problems.length > 0) return invalid(problems[0]);
  const config = pickConfig(parsed.data.config);
  const shapes = parameterShapes(config);
  const sizeProblem = (field: string, values: WeightValues, only: (name: string) => boolean) => {
    for (const [name, shape] of shapes) {
      if (!only(name)) continue;
      const got = values[name];
      const size = shape.reduce((a, b) => a * b, 1);
      const path = `${field}.${name}`;
      if (!got) return labProblem('lab.problem.fileMissing', { path });
      if (got.length !== size) {
        const params = { path, got: got.length, want: size, shape: shape.join(', ') };
        return labProblem('lab.problem.fileShape', params);
      }
    }
    return null;
  };
  const weightsProblem = sizeProblem('weights', parsed.data.weights, () => true);
  if (weightsProblem) return invalid(weightsProblem);
  const adam = parsed.data.optimizer;
  if (adam) {
    // Adam keeps moments for the trained parameters only (not an attention-only model's FFN).
    const trains = (name: string) => isTrained(config, name);
    const problem =
      sizeProblem('optimizer.m', adam.m, trains) ?? sizeProblem('optimizer.v', adam.v, trains);
    if (problem) return invalid(problem);
    if (adam.iterations > parsed.data.step) {
      const params = { path: 'optimizer.iterations', got: adam.iterations, step: parsed.data.step };
      return invalid(labProblem('lab.problem.fileIterations', params));
    }
  }
  const snapshotProblem = (parsed.data.snapshots ?? [])
    .map((snapshot, i) => snapshotShapeProblem(config, parsed.data.step, snapshot, i))
    .find((problem) => problem !== null);
  if (snapshotProblem) return invalid(snapshotProblem);
  const history = parsed.data.history.map((h) => ({ ...h, loss: h.loss ?? NaN }));
  return { ok: true, file: { ...parsed.data, config, history } as LabModelFile };
}

/** What is wrong with a saved snapshot's shape for this model, or null. */
function snapshotShapeProblem(
  config: LabConfig,
  step: number,
  snapshot: SavedSnapshot,
  index: number,
): LabProblem | null {
  const L = config.length;
  const at = `snapshots.${index}`;
  if (snapshot.step > step) {
    return labProblem('lab.problem.fileStep', { path: `${at}.step`, got: snapshot.step, step });
  }
  for (const field of ['input', 'prediction', 'target', 'scored'] as const) {
    if (snapshot[field].length !== L) {
      const params = { path: `${at}.${field}`, got: snapshot[field].length, want: L };
      return labProblem('lab.problem.fileCount', params);
    }
  }
  for (const field of ['input', 'prediction', 'target'] as const) {
    if (snapshot[field].some((token) => token >= config.vocab)) {
      return labProblem('lab.problem.fileToken', { path: `${at}.${field}`, vocab: config.vocab });
    }
  }
  if (snapshot.weights.length !== config.layers) {
    const params = { path: `${at}.weights`, got: snapshot.weights.length, want: config.layers };
    return labProblem('lab.problem.fileLayers', params);
  }
  const size = config.heads * L * L;
  const layer = snapshot.weights.findIndex((w) => w.length !== size);
  if (layer >= 0) {
    const params = {
      path: `${at}.weights.${layer}`,
      got: snapshot.weights[layer].length,
      want: size,
    };
    return labProblem('lab.problem.fileCount', params);
  }
  return null;
}

function invalid(problem: LabProblem): LabImportResult {
  return { ok: false, reason: 'invalid', problem };
}

/** Only the known settings, so extra fields in a file never reach the trainer. */
function pickConfig(raw: Record<string, unknown>): LabConfig {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(configFields)) out[key] = raw[key];
  return out as unknown as LabConfig;
}
