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

/** Worker to page: the wasm backend is about to start and needs its binaries (it has no network). */
export interface WasmNeeded {
  type: 'wasm-needed';
  id: number;
}

/** Page to worker: the tfjs wasm binaries, fetched by the page, by file name. */
export interface WasmBinaries {
  type: 'wasm';
  files: Record<string, ArrayBuffer>;
}

/** Sandbox to page: the worker died (an error escaped, out of memory); it is gone. */
export interface RunnerCrashed {
  type: 'crash';
  message: string;
}

/** Sandbox to page: the worker sent more messages than a request can have; it was stopped. */
export interface RunnerFlooded {
  type: 'flood';
  count: number;
}

export type PageRequest = WorkerRequest | WasmBinaries;
export type SandboxMessage = WorkerMessage | WasmNeeded | RunnerCrashed | RunnerFlooded;

/** Page to the sandbox document, once: the runner's script and the page's end of the channel. */
export interface SandboxConnect {
  type: 'atlas-sandbox-connect';
  script: Blob;
}
