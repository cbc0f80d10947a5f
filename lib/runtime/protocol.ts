import type { BackendChoice, RunResult } from './displays';

/** Page to worker. */
export interface RunRequest {
  type: 'run';
  id: number;
  code: string;
  backend: BackendChoice;
}

/** Worker to page: the backend is ready and the learner's code starts now. */
export interface RunStarted {
  type: 'started';
  id: number;
}

/** Worker to page. */
export interface RunResponse {
  type: 'result';
  id: number;
  result: RunResult;
}
