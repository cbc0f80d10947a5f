/// <reference lib="webworker" />
import * as tf from '@tensorflow/tfjs-core';
import { switchBackend } from './backends';
import type { Display, RunResult } from './displays';
import { executeCode } from './execute';
import type { RunRequest, RunResponse, RunStarted } from './protocol';
import { sandboxGlobals } from './sandboxGlobals';

// Runs learner code off the page's thread. The page terminates this worker when a run takes
// too long, so a runaway loop never freezes the tab.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const backendsUsed = new Set<string>();

scope.onmessage = async (event: MessageEvent<RunRequest>) => {
  const request = event.data;
  if (request.type !== 'run') return;
  const result = await run(request);
  const response: RunResponse = { type: 'result', id: request.id, result };
  scope.postMessage(response, transferables(result.displays));
};

async function run(request: RunRequest): Promise<RunResult> {
  let ready;
  try {
    ready = await switchBackend(request.backend, scope.location.origin);
  } catch (error) {
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
  // The time limit covers the learner's code, not starting a backend.
  scope.postMessage({ type: 'started', id: request.id } satisfies RunStarted);
  const firstRunOnBackend = !backendsUsed.has(ready.backend);
  backendsUsed.add(ready.backend);
  const outcome = await executeCode(request.code, tf, sandboxGlobals);
  return { ...outcome, backend: ready.backend, fallbackNote: ready.note, firstRunOnBackend };
}

function transferables(displays: Display[]): Transferable[] {
  const buffers: Transferable[] = [];
  for (const d of displays) {
    if (d.kind === 'heatmap') buffers.push(d.data.buffer);
    if (d.kind === 'steps') {
      for (const step of [d.scores, d.scaled, d.masked, d.weights, d.output])
        buffers.push(step.data.buffer);
    }
  }
  return buffers;
}
