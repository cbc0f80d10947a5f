import type { RunError, RunResult } from './displays';

/**
 * The one shape of a run that failed outside the learner's code: the backend did not start,
 * the time limit passed or the worker crashed. Nothing ran, so there is nothing to show.
 */
export function failedRun(kind: RunError['kind'], message: string, backend = 'none'): RunResult {
  return {
    displays: [],
    logs: [],
    logsTruncated: false,
    error: { kind, message },
    backend,
    timeMs: 0,
    firstRunOnBackend: false,
    leakedTensors: 0,
  };
}
