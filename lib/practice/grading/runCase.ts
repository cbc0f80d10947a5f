import type * as tfc from '@tensorflow/tfjs-core';
import type { CaseArg, Drill, DrillCase } from '@/lib/practice/drills/types';
import { compareResults } from './compare';
import { drillCore } from './core';
import { differenceOf, heatmapOf } from './heatmaps';
import { kindOf, readOutputs, type HostOutput } from './outputs';
import type { Tolerance } from '@/lib/tolerance';
import type { GradeFailure } from './types';

type TF = typeof tfc;

/** The case's arguments as fresh tensors (and plain values), with a way to free them. */
export function buildArgs(tf: TF, drillCase: DrillCase): { args: unknown[]; dispose(): void } {
  const tensors: tfc.Tensor[] = [];
  const inputs = new Map(drillCase.inputs.map((input) => [input.name, input]));
  const make = (arg: CaseArg): unknown => {
    if ('value' in arg) return arg.value;
    if ('object' in arg) {
      return Object.fromEntries(Object.entries(arg.object).map(([key, a]) => [key, make(a)]));
    }
    const input = inputs.get(arg.input);
    if (!input) throw new Error(`Drill case ${drillCase.name} has no input named ${arg.input}`);
    if (input.plain) return Array.from(input.data);
    const dtype = input.dtype ?? 'float32';
    const values = dtype === 'float32' ? Float32Array.from(input.data) : Array.from(input.data);
    const tensor = tf.tensor(values, input.shape, dtype);
    tensors.push(tensor);
    return tensor;
  };
  const args = drillCase.args.map(make);
  return { args, dispose: () => tensors.forEach((t) => t.dispose()) };
}

/**
 * The expected outputs, from the reference on its own copy of the inputs, before the learner's
 * function runs: whatever that function does to its arguments cannot change what is expected.
 */
export async function expectedOutputs(
  tf: TF,
  spec: Pick<Drill, 'reference'>,
  drillCase: DrillCase,
): Promise<{ outputs: HostOutput[]; kind: string }> {
  const { args, dispose } = buildArgs(tf, drillCase);
  try {
    const result = tf.tidy(() => spec.reference(tf, args, drillCore));
    const kind = kindOf(tf, result);
    const read = await readOutputs(tf, result);
    if (!read.ok) throw new Error(`The reference for case ${drillCase.name} returned ${read.kind}`);
    return { outputs: read.outputs, kind };
  } finally {
    dispose();
  }
}

/**
 * Calls the learner's function on one case and compares each expected output in turn.
 * Returns the first failure, or undefined when the case passes. An error thrown by the function
 * is not caught here: it becomes the run's error, with the learner's line, as in a normal run.
 */
export async function gradeCase(
  tf: TF,
  spec: Pick<Drill, 'reference'>,
  drillCase: DrillCase,
  fn: (...args: unknown[]) => unknown,
  tolerance: Tolerance,
): Promise<GradeFailure | undefined> {
  const expected = await expectedOutputs(tf, spec, drillCase);
  const { args, dispose } = buildArgs(tf, drillCase);
  try {
    const returned = await fn(...args);
    const actualKind = kindOf(tf, returned);
    const got = await readOutputs(tf, returned);
    const failure = (
      fields: Omit<GradeFailure, 'caseName' | 'hidden' | 'inputs'>,
    ): GradeFailure => ({
      caseName: drillCase.name,
      hidden: drillCase.hidden,
      inputs: drillCase.inputs.map((i) => heatmapOf(i.name, i.data, i.shape)),
      ...fields,
    });
    for (const want of expected.outputs) {
      const match = got.ok ? got.outputs.find((o) => o.name === want.name) : undefined;
      if (!match) {
        return failure({
          reason: 'type',
          output: want.name,
          expectedKind: expected.kind,
          actualKind,
          message: `Expected ${expected.kind}, got ${got.ok ? actualKind : `${actualKind} (${got.kind})`}`,
        });
      }
      const verdict = compareResults(want, match, tolerance);
      if (verdict.ok) continue;
      const shown = {
        output: want.name,
        expectedShape: want.shape,
        actualShape: match.shape,
        expected: heatmapOf(want.name, want.data, want.shape),
        actual: heatmapOf(want.name, match.data, match.shape),
      };
      if (verdict.reason === 'shape') {
        return failure({
          reason: 'shape',
          ...shown,
          message: `${want.name || 'output'}: expected shape [${want.shape.join(', ')}], got [${match.shape.join(', ')}]`,
        });
      }
      return failure({
        reason: verdict.reason,
        ...shown,
        maxError: verdict.maxError,
        worst: verdict.worst,
        difference: differenceOf(want.name, want.data, match.data, want.shape),
        message:
          verdict.reason === 'nan'
            ? `${want.name || 'output'} has NaN where a finite value was expected`
            : `${want.name || 'output'} differs by up to ${verdict.maxError}`,
      });
    }
    return undefined;
  } finally {
    dispose();
  }
}
