/// <reference lib="webworker" />
import type * as tfc from '@tensorflow/tfjs-core';
import { switchBackend } from './backends';
import type { RunResult } from './displays';
import { failedRun } from './failedRun';
import type { RequestKind, RunStarted, WorkerAnswer, WorkerRequest } from './protocol';

/** What a handler learns about the backend its request runs on. */
export interface BackendFacts {
  backend: string;
  fallbackNote?: string;
  /** The first request on this backend in this worker: its time includes shader compilation. */
  firstRunOnBackend: boolean;
}

/** The worker's side of one request kind. */
export interface KindHandler<Params, Result> {
  kind: RequestKind<Params, Result>;
  /** Runs a request once its backend is ready; the page's time limit is already running. */
  handle(code: string, params: Params, tf: typeof tfc, facts: BackendFacts): Promise<Result>;
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

  const answer = (id: number, result: unknown, transfer: Transferable[]) =>
    scope.postMessage({ type: 'answer', id, result } satisfies WorkerAnswer, transfer);

  scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
    const request = event.data;
    const handler = byKind.get(request.kind);
    if (!handler) {
      answer(request.id, failedRun('crash', `No handler for "${request.kind}" requests.`), []);
      return;
    }
    let facts: BackendFacts;
    try {
      const ready = await switchBackend(request.backend, scope.location.origin);
      facts = {
        backend: ready.backend,
        fallbackNote: ready.note,
        firstRunOnBackend: !backendsUsed.has(ready.backend),
      };
      backendsUsed.add(ready.backend);
    } catch (error) {
      const failed: RunResult = failedRun('crash', messageOf(error));
      answer(request.id, handler.kind.fromFailedRun(failed), []);
      return;
    }
    scope.postMessage({ type: 'started', id: request.id } satisfies RunStarted);
    const result = await handler.handle(request.code, request.params, tf, facts);
    answer(request.id, result, handler.transferables(result));
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
