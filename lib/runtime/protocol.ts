import type { GradeResult } from '@/lib/practice/grading/types';
import type { BackendChoice, RunResult } from './displays';

/** Page to worker. */
export interface RunRequest {
  type: 'run';
  id: number;
  code: string;
  backend: BackendChoice;
}

/** Page to worker: grade the code of a coding drill; hidden cases are drawn from `seed`. */
export interface GradeRequest {
  type: 'grade';
  id: number;
  code: string;
  backend: BackendChoice;
  drillId: string;
  seed: number;
}

export type WorkerRequest = RunRequest | GradeRequest;

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

/** Worker to page: the verdict on a GradeRequest. */
export interface GradeResponse {
  type: 'graded';
  id: number;
  result: GradeResult;
}

export type WorkerMessage = RunStarted | RunResponse | GradeResponse;
