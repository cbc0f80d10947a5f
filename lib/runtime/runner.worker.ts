/// <reference lib="webworker" />
import * as tf from '@tensorflow/tfjs-core';
import { gradeCode } from '@/lib/practice/grading/grader';
import { failedGrade } from '@/lib/practice/grading/failedGrade';
import type { GradeResult } from '@/lib/practice/grading/types';
import { autoOrder, switchBackend, type BackendName, type BackendReady } from './backends';
import type { Display, HeatmapDisplay, RunResult } from './displays';
import { executeCode } from './execute';
import type {
  GradeRequest,
  GradeResponse,
  RunResponse,
  RunStarted,
  WorkerRequest,
} from './protocol';
import { sandboxGlobals } from './sandboxGlobals';

// Runs learner code off the page's thread. The page terminates this worker when a run takes
// too long, so a runaway loop never freezes the tab.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const backendsUsed = new Set<string>();

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'run') {
    const result = await run(request);
    const response: RunResponse = { type: 'result', id: request.id, result };
    scope.postMessage(response, transferables(result.displays));
  } else if (request.type === 'grade') {
    const result = await grade(request);
    const response: GradeResponse = { type: 'graded', id: request.id, result };
    const failure = result.failure;
    const shown = failure
      ? [...failure.inputs, failure.expected, failure.actual, failure.difference]
      : [];
    scope.postMessage(response, transferables([...result.run.displays, ...shown]));
  }
};

type Prepared =
  { ok: true; ready: BackendReady; firstRunOnBackend: boolean } | { ok: false; failed: RunResult };

/**
 * Starts the backend, then says 'started' so the page's time limit covers only the code (each
 * 'started' arms the limit afresh). `exclude`: backends whose run failed to read back.
 */
async function prepare(
  request: WorkerRequest,
  exclude: readonly BackendName[] = [],
): Promise<Prepared> {
  let ready: BackendReady;
  try {
    ready = await switchBackend(request.backend, scope.location.origin, exclude);
  } catch (error) {
    return { ok: false, failed: crashed(error) };
  }
  scope.postMessage({ type: 'started', id: request.id } satisfies RunStarted);
  const firstRunOnBackend = !backendsUsed.has(ready.backend);
  backendsUsed.add(ready.backend);
  return { ok: true, ready, firstRunOnBackend };
}

/**
 * Runs `attempt` on the chosen backend. A run whose values could not be read back is an error
 * of that run; with the automatic choice it runs again on the next backend, which says why.
 */
async function withReadFallback<T>(
  request: WorkerRequest,
  attempt: () => Promise<T>,
  runOf: (result: T) => RunResult | Omit<RunResult, 'backend' | 'firstRunOnBackend'>,
  failed: (run: RunResult) => T,
): Promise<{ result: T; run: Partial<RunResult> }> {
  const exclude: BackendName[] = [];
  let readFallback: RunResult['readFallback'];
  for (;;) {
    const prepared = await prepare(request, exclude);
    if (!prepared.ok) return { result: failed(prepared.failed), run: {} };
    const { ready, firstRunOnBackend } = prepared;
    const result = await attempt();
    const error = runOf(result).error;
    const last = autoOrder.filter((b) => !exclude.includes(b)).at(-1) === ready.backend;
    const details = { backend: ready.backend, fallbackNote: ready.note, firstRunOnBackend };
    if (request.backend !== 'auto' || error?.kind !== 'readback' || last) {
      return { result, run: { ...details, readFallback } };
    }
    exclude.push(ready.backend);
    readFallback = { failed: ready.backend, why: error.message };
  }
}

async function run(request: WorkerRequest): Promise<RunResult> {
  const { result, run } = await withReadFallback(
    request,
    () => executeCode(request.code, tf, sandboxGlobals),
    (outcome) => outcome,
    (failed) => failed,
  );
  return { ...result, backend: 'none', firstRunOnBackend: false, ...run };
}

async function grade(request: GradeRequest): Promise<GradeResult> {
  const { result, run } = await withReadFallback(
    request,
    () => gradeCode(request.code, request.drillId, request.seed, tf),
    (graded) => graded.run,
    failedGrade,
  );
  return { ...result, run: { ...result.run, ...run } };
}

function crashed(error: unknown): RunResult {
  return {
    displays: [],
    logs: [],
    logsTruncated: false,
    error: { kind: 'crash', message: error instanceof Error ? error.message : String(error) },
    backend: 'none',
    timeMs: 0,
    firstRunOnBackend: false,
    leakedTensors: 0,
  };
}

/** Every typed-array buffer in the displays, once each: a buffer listed twice fails the post. */
function transferables(displays: (Display | HeatmapDisplay | undefined)[]): Transferable[] {
  const buffers = new Set<ArrayBufferLike>();
  for (const d of displays) {
    if (d?.kind === 'heatmap') {
      buffers.add(d.data.buffer);
      if (d.mask) buffers.add(d.mask.buffer);
    }
    if (d?.kind === 'steps') {
      for (const step of [d.scores, d.scaled, d.masked, d.weights, d.output])
        buffers.add(step.data.buffer);
    }
  }
  return [...buffers] as Transferable[];
}
