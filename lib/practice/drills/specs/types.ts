import type * as tfc from '@tensorflow/tfjs-core';
import type { Tolerance } from '@/lib/tolerance';
import type { Rng } from './random';

export type TF = typeof tfc;

/** One input of a case, as host data: the grader turns it into a fresh tensor for each call. */
export interface CaseInput {
  name: string;
  data: number[] | Float32Array;
  shape: number[];
  dtype?: 'float32' | 'int32' | 'bool';
  /** Passed as a plain number[] instead of a tensor (the metrics drill takes arrays). */
  plain?: boolean;
}

/** How one argument of the learner's function is made: an input by name, a value, an object. */
export type CaseArg =
  { input: string } | { value: number | boolean } | { object: { [key: string]: CaseArg } };

export interface DrillCase {
  /** Short and language-neutral (the sizes), since the UI shows it as it is. */
  name: string;
  hidden: boolean;
  inputs: CaseInput[];
  /** The call, in order: positional tensors, then the params object where the drill has one. */
  args: CaseArg[];
}

/** What a reference returns: a tensor, a number or a named set of them. */
export type DrillOutputs = tfc.Tensor | number | number[] | { [name: string]: tfc.Tensor | number };

export interface DrillSpec {
  /** Visible cases first (fixed), then hidden ones drawn from `rng`, which changes per submission. */
  cases: (rng: Rng) => DrillCase[];
  /** The expected result, from lib/attention, given the same arguments the learner gets. */
  reference: (tf: TF, args: unknown[]) => DrillOutputs;
  tolerance?: Tolerance;
}
