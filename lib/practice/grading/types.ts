/**
 * What grading a drill returns, as plain data: built in the worker, posted to the page, read by
 * the practice UI. No tfjs import here, so the page can use these types without loading tfjs.
 */
import type { HeatmapDisplay, RunResult } from '@/lib/runtime/displays';
import type { Tolerance } from '@/lib/tolerance';
import type { Worst } from './compare';

/** How one case ended: every case runs, whatever the others did. */
export type GradeCaseStatus = 'passed' | 'failed' | 'threw';

export interface GradeCaseResult {
  name: string;
  hidden: boolean;
  passed: boolean;
  status: GradeCaseStatus;
  /** For 'failed': why, and where the worst element is (its gap and allowance, all one element). */
  reason?: GradeFailureReason;
  output?: string;
  worst?: Worst;
  /** For 'threw': the error's message. */
  error?: string;
}

export type GradeFailureReason = 'shape' | 'values' | 'nan' | 'type' | 'missing-function';

export interface GradeFailure {
  caseName: string;
  hidden: boolean;
  reason: GradeFailureReason;
  /** Which output (for multi-output drills), e.g. 'weights'; '' when the drill returns one value. */
  output?: string;
  expectedShape?: number[];
  actualShape?: number[];
  maxError?: number;
  worst?: Worst;
  /** The failing case's inputs, each as a 2-D (or [H, L, S]) heatmap. */
  inputs: HeatmapDisplay[];
  expected?: HeatmapDisplay;
  actual?: HeatmapDisplay;
  /** got - want, only when the shapes match. */
  difference?: HeatmapDisplay;
  /** For 'missing-function': the name the code must define. */
  functionName?: string;
  /** For 'type': what was expected and what came back, e.g. '{ output, weights }' and 'tensor'. */
  expectedKind?: string;
  actualKind?: string;
  /** A one-line English explanation, for logs and as a fallback; the UI words its own. */
  message?: string;
}

export interface GradeResult {
  /** Logs, error (syntax, runtime, timeout, crash), backend, time and leaks, as a normal run. */
  run: RunResult;
  /** Every case, each graded on its own: passed, failed or threw. */
  cases: GradeCaseResult[];
  totalCases: number;
  hiddenCases: number;
  /** True only if every case passed and run.error is undefined. */
  passed: boolean;
  /** The first failing case in detail (heatmaps); the others are summed up in `cases`. */
  failure?: GradeFailure;
  /** The first case whose call threw, when run.error comes from the learner's function. */
  thrownIn?: { caseName: string; hidden: boolean };
  tolerance: Tolerance;
}
