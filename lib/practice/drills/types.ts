/**
 * What a coding drill is. One file per drill (lib/practice/drills/<name>.ts) holds its prompt,
 * solution, cases and reference; catalog.ts derives the starter from the solution. Drill files
 * import no tfjs and no lib/attention at run time (types only), so the practice page can load
 * them: the worker's grader hands the reference its tf and the attention core.
 */
import type * as tfc from '@tensorflow/tfjs-core';
import type * as attention from '@/lib/attention';
import type { maskedSoftmax } from '@/lib/attention/masking';
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

/** The attention core as the grader hands it to a reference. */
export type Core = typeof attention & { maskedSoftmax: typeof maskedSoftmax };

export interface Drill {
  id: string;
  /** The question page the drill belongs to (content/questions). */
  questionSlug: string;
  title: { en: string; zh: string };
  /** What to implement: signature, shapes, layout. Plain text; `code` may be used. */
  prompt: { en: string; zh: string };
  difficulty: 1 | 2 | 3;
  /** The hint in the starter's body, after "TODO: ". */
  todo: string;
  /**
   * One clean solution, written as a learner would (only `tf` in scope). The practice UI offers
   * it after a pass; the tests grade it on several seeds. Its signature is the starter's.
   */
  solution: string;
  /** Visible cases first (fixed), then hidden ones drawn from `rng`, which changes per submission. */
  cases: (rng: Rng) => DrillCase[];
  /** The expected result, from the attention core, given the same arguments the learner gets. */
  reference: (tf: TF, args: unknown[], core: Core) => DrillOutputs;
  tolerance?: Tolerance;
}
