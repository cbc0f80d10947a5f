import { afterEach, beforeEach, vi } from 'vitest';
import type { RunResult } from '@/lib/runtime/displays';
import type { WorkerMessage, WorkerRequest } from '@/lib/runtime/protocol';

/** Stands in for the browser Worker: records requests, lets the test answer them. */
export class FakeWorker {
  static made: FakeWorker[] = [];
  posted: WorkerRequest[] = [];
  terminated = false;
  onmessage: ((event: { data: WorkerMessage }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(request: WorkerRequest) {
    this.posted.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: WorkerMessage) {
    this.onmessage?.({ data });
  }
}

export const okRun: RunResult = {
  displays: [],
  logs: [],
  logsTruncated: false,
  backend: 'cpu',
  timeMs: 1,
  firstRunOnBackend: false,
  leakedTensors: 0,
};

/** Stubs Worker with FakeWorker and fakes the timers, for each test of the calling file. */
export function stubWorkers(): void {
  beforeEach(() => {
    FakeWorker.made = [];
    vi.stubGlobal('Worker', FakeWorker);
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
}

export const flush = () => vi.advanceTimersByTimeAsync(0);
