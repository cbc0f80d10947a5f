import type { RunResult } from './displays';
import type { RequestKind } from './protocol';

/** A plain run of the learner's code: what the page's runners ask for. */
export const runKind: RequestKind<Record<string, never>, RunResult> = {
  name: 'run',
  fromFailedRun: (run) => run,
  runOf: (run) => run,
};
