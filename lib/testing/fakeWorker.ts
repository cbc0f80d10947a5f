import { afterEach, beforeEach, vi } from 'vitest';
import type { RunResult } from '@/lib/runtime/displays';
import type { PageRequest, WorkerMessage, WorkerRequest } from '@/lib/runtime/protocol';
import type { RunnerChannel, RunnerEvents } from '@/lib/runtime/sandboxHost';

/**
 * Stands in for the sandboxed runner (lib/runtime/sandboxHost.ts): records requests, lets the
 * test answer them. A test file swaps it in with
 * `vi.mock('@/lib/runtime/sandboxHost', () => import('@/lib/testing/fakeWorker'))`.
 */
export class FakeWorker implements RunnerChannel {
  static made: FakeWorker[] = [];
  /** The requests the client posted (it never posts the wasm binaries: the sandbox asks). */
  posted: WorkerRequest[] = [];
  terminated = false;
  constructor(private readonly events: RunnerEvents) {
    FakeWorker.made.push(this);
  }
  post(request: PageRequest) {
    if ('type' in request) throw new Error('The client posted wasm binaries unasked');
    this.posted.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: WorkerMessage) {
    this.events.message(data);
  }
  /** The runner died or was stopped by its sandbox, saying `reason`. */
  fail(detail: string) {
    this.events.failed({ code: 'code.sandbox.crash', params: { detail } });
  }
}

/** Replaces sandboxHost's export of the same name when the module is mocked. */
export const startSandboxedRunner = (events: RunnerEvents): RunnerChannel => new FakeWorker(events);

export const okRun: RunResult = {
  displays: [],
  logs: [],
  logsTruncated: false,
  backend: 'cpu',
  timeMs: 1,
  firstRunOnBackend: false,
  leakedTensors: 0,
};

/** Resets FakeWorker and fakes the timers, for each test of the calling file. */
export function stubWorkers(): void {
  beforeEach(() => {
    FakeWorker.made = [];
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });
}

export const flush = () => vi.advanceTimersByTimeAsync(0);
