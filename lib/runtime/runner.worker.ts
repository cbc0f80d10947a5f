/// <reference lib="webworker" />
import * as tf from '@tensorflow/tfjs-core';
import { gradeCode } from '@/lib/practice/grading/grader';
import { failedGrade } from '@/lib/practice/grading/failedGrade';
import type { GradeResult } from '@/lib/practice/grading/types';
import { switchBackend, type BackendReady } from './backends';
import type { Display, HeatmapDisplay, RunResult } from './displays';
import { executeCode } from './execute';
import type {
  GradeRequest,
  GradeResponse,
  PageRequest,
  RunResponse,
  RunStarted,
  WorkerRequest,
} from './protocol';
import { sandboxGlobals } from './sandboxGlobals';
import { wasmFromPage } from './wasmFromPage';

// Runs learner code off the page's thread, inside the sandbox frame's opaque origin (see
// sandboxHost.ts). The page stops this worker when a run takes too long, so a runaway loop
// never freezes the tab.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const backendsUsed = new Set<string>();
const wasm = wasmFromPage(scope);

scope.onmessage = async (event: MessageEvent<PageRequest>) => {
  const request = event.data;
  if (request.type === 'wasm') {
    wasm.receive(request.files);
  } else if (request.type === 'run') {
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

/** Starts the backend, then says 'started' so the page's time limit covers only the code. */
async function prepare(request: WorkerRequest): Promise<Prepared> {
  let ready: BackendReady;
  try {
    ready = await switchBackend(request.backend, () => wasm.paths(request.id));
  } catch (error) {
    return { ok: false, failed: crashed(error) };
  }
  scope.postMessage({ type: 'started', id: request.id } satisfies RunStarted);
  const firstRunOnBackend = !backendsUsed.has(ready.backend);
  backendsUsed.add(ready.backend);
  return { ok: true, ready, firstRunOnBackend };
}

async function run(request: WorkerRequest): Promise<RunResult> {
  const prepared = await prepare(request);
  if (!prepared.ok) return prepared.failed;
  const { ready, firstRunOnBackend } = prepared;
  const outcome = await executeCode(request.code, tf, sandboxGlobals);
  return { ...outcome, backend: ready.backend, fallbackNote: ready.note, firstRunOnBackend };
}

async function grade(request: GradeRequest): Promise<GradeResult> {
  const prepared = await prepare(request);
  if (!prepared.ok) return failedGrade(prepared.failed);
  const { ready, firstRunOnBackend } = prepared;
  const result = await gradeCode(request.code, request.drillId, request.seed, tf);
  return {
    ...result,
    run: { ...result.run, backend: ready.backend, fallbackNote: ready.note, firstRunOnBackend },
  };
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
