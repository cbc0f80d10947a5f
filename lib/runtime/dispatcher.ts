/// <reference lib="webworker" />
import type * as tfc from '@tensorflow/tfjs-core';
import { autoOrder, switchBackend, type BackendName } from './backends';
import type { RunPhases, RunResult } from './displays';
import { codedOf, type CodedMessage } from '@/lib/i18n/codedMessages';
import { failedRun } from './failedRun';
import type { PageRequest, RequestKind, RunStarted, WorkerAnswer } from './protocol';
import { wasmFromPage } from './wasmFromPage';

/** What a handler learns about the backend its request runs on. */
export interface BackendFacts {
  backend: string;
  fallbackNote?: string;
  fallbackReasons?: RunResult['fallbackReasons'];
  /** The first request on this backend in this worker: its time includes shader compilation. */
  firstRunOnBackend: boolean;
  /** Set when the automatic choice runs the code again because a backend failed to read back. */
  readFallback?: RunResult['readFallback'];
}

/** Where a request's time went before its code ran, in milliseconds (bench/runner.mjs). */
export type StartupPhases = Pick<RunPhases, 'workerStartMs' | 'workerReadyAt' | 'backendMs'>;

/** The worker's side of one request kind. */
export interface KindHandler<Params, Result> {
  kind: RequestKind<Params, Result>;
  /** Runs a request once its backend is ready; the page's time limit is already running. */
  handle(
    code: string,
    params: Params,
    tf: typeof tfc,
    facts: BackendFacts,
    startup: StartupPhases,
  ): Promise<Result>;
  /** The buffers in a result to move to the page rather than copy. */
  transferables(result: Result): Transferable[];
}

/**
 * Answers the page's requests, one handler per kind. Each request first starts its backend,
 * then says 'started', so the page's time limit covers only the code.
 */
export function serveRequests(
  scope: DedicatedWorkerGlobalScope,
  tf: typeof tfc,
  // Handlers of different kinds in one list: each is only ever called with its own params.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  handlers: KindHandler<any, any>[],
): void {
  const byKind = new Map(handlers.map((h) => [h.kind.name, h]));
  const backendsUsed = new Set<string>();
  // The worker has no network (docs/architecture.md, "The code sandbox"): the page sends the
  // wasm binaries when the wasm backend first starts.
  const wasm = wasmFromPage(scope);
  // Called once the worker's imports have run: its start-up, reported with its first request.
  let workerStartMs: number | undefined = performance.now();
  let workerReadyAt: number | undefined = performance.timeOrigin + workerStartMs;

  const answer = (id: number, result: unknown, transfer: Transferable[]) =>
    scope.postMessage({ type: 'answer', id, result } satisfies WorkerAnswer, transfer);

  scope.onmessage = async (event: MessageEvent<PageRequest>) => {
    if ('type' in event.data) {
      wasm.receive(event.data.files);
      return;
    }
    const request = event.data;
    const handler = byKind.get(request.kind);
    if (!handler) {
      const noHandler = { code: 'code.run.noHandler', params: { kind: request.kind } } as const;
      answer(request.id, failedRun('crash', noHandler), []);
      return;
    }
    // A run whose values could not be read back is an error of that run; with the automatic
    // choice it runs again on the next backend, which says why.
    const exclude: BackendName[] = [];
    let readFallback: RunResult['readFallback'];
    for (;;) {
      let facts: BackendFacts;
      const backendStart = performance.now();
      try {
        const ready = await switchBackend(request.backend, () => wasm.paths(request.id), exclude);
        facts = {
          backend: ready.backend,
          fallbackNote: ready.note,
          fallbackReasons: ready.reasons,
          firstRunOnBackend: !backendsUsed.has(ready.backend),
          readFallback,
        };
        backendsUsed.add(ready.backend);
      } catch (error) {
        const failed: RunResult = failedRun('crash', codedOf(error) ?? otherError(error));
        answer(request.id, handler.kind.fromFailedRun(failed), []);
        return;
      }
      // Each 'started' arms the page's time limit afresh.
      scope.postMessage({ type: 'started', id: request.id } satisfies RunStarted);
      const startup = { workerStartMs, workerReadyAt, backendMs: performance.now() - backendStart };
      workerStartMs = undefined;
      workerReadyAt = undefined;
      const result = await handler.handle(request.code, request.params, tf, facts, startup);
      const error = handler.kind.runOf?.(result).error;
      const last = autoOrder.filter((b) => !exclude.includes(b)).at(-1) === facts.backend;
      if (request.backend !== 'auto' || error?.kind !== 'readback' || last) {
        answer(request.id, result, handler.transferables(result));
        return;
      }
      exclude.push(facts.backend as BackendName);
      readFallback = { failed: facts.backend, why: error.message, whyCoded: error.coded };
    }
  };
}

/** An error we did not make (the browser's, tfjs'): only its own words can be shown. */
function otherError(error: unknown): CodedMessage {
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'code.run.failed', params: { detail } };
}
