import type { BackendChoice, RunResult } from './displays';

/**
 * A kind of request the runner's worker answers (run, grade, ...): its name, and how a run that
 * failed outside the code (timeout, crash, no backend) reads as its result. Page and worker share
 * it; the worker's handler for it lives with its concern (lib/runtime/runKind.ts,
 * lib/practice/grading/gradeKind.ts), and lib/worker/ lists the handlers.
 */
export interface RequestKind<Params, Result> {
  name: string;
  fromFailedRun: (run: RunResult) => Result;
  /**
   * The run inside a result, where it has one: the dispatcher reads its error to fall back to the
   * next backend after a failed read-back.
   */
  runOf?: (result: Result) => RunResult;
  /** Never set: carries the params' type from the kind to `request` and the handler. */
  readonly paramsType?: Params;
}

/** Page to worker: run `code` as `kind` says, on `backend`. */
export interface WorkerRequest<Params = unknown> {
  kind: string;
  id: number;
  code: string;
  backend: BackendChoice;
  params: Params;
}

/** Worker to page: the backend is ready and the learner's code starts now. */
export interface RunStarted {
  type: 'started';
  id: number;
}

/** Worker to page: the request's result. */
export interface WorkerAnswer<Result = unknown> {
  type: 'answer';
  id: number;
  result: Result;
}

export type WorkerMessage = RunStarted | WorkerAnswer;

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
