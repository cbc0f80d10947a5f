import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gradeDrill } from '@/lib/practice/grading/gradeDrill';
import type { GradeResult } from '@/lib/practice/grading/types';
import { defaultTimeoutMs, RunnerClient } from './client';
import type { RunResult } from './displays';
import type { WorkerMessage, WorkerRequest } from './protocol';

/** Stands in for the browser Worker: records requests, lets the test answer them. */
class FakeWorker {
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

const okRun: RunResult = {
  displays: [],
  logs: [],
  logsTruncated: false,
  backend: 'cpu',
  timeMs: 1,
  firstRunOnBackend: false,
  leakedTensors: 0,
};

beforeEach(() => {
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const flush = () => vi.advanceTimersByTimeAsync(0);

describe('RunnerClient.request, graded drills', () => {
  it('sends a grade request and resolves with the verdict', async () => {
    const client = new RunnerClient();
    const verdict = gradeDrill(client, 'code', { drillId: 'causal-attention', seed: 123 }, 'cpu');
    await flush();
    const worker = FakeWorker.made[0];
    expect(worker.posted[0]).toEqual({
      kind: 'grade',
      id: 1,
      code: 'code',
      backend: 'cpu',
      params: { drillId: 'causal-attention', seed: 123 },
    });
    const result: GradeResult = {
      run: okRun,
      cases: [{ name: 'a', hidden: false, passed: true }],
      totalCases: 1,
      hiddenCases: 0,
      passed: true,
      tolerance: { atol: 1e-4, rtol: 1e-3 },
    };
    worker.reply({ type: 'started', id: 1 });
    worker.reply({ type: 'answer', id: 1, result });
    expect(await verdict).toBe(result);
  });

  it('shares the queue with run: one request at a time, in order', async () => {
    const client = new RunnerClient();
    const run = client.run('first', 'cpu');
    const grade = gradeDrill(client, 'second', { drillId: 'lstm', seed: 1 }, 'cpu');
    await flush();
    const worker = FakeWorker.made[0];
    expect(worker.posted.map((r) => r.kind)).toEqual(['run']);
    worker.reply({ type: 'answer', id: 1, result: okRun });
    expect(await run).toBe(okRun);
    await flush();
    expect(worker.posted.map((r) => r.kind)).toEqual(['run', 'grade']);
    expect(FakeWorker.made).toHaveLength(1);
    worker.onerror?.({ message: 'boom', preventDefault: () => {} });
    await expect(grade).resolves.toMatchObject({ passed: false, cases: [] });
  });

  it('times out after twice the run limit by default, restarting the worker', async () => {
    const client = new RunnerClient();
    const verdict = gradeDrill(client, 'while (true) {}', { drillId: 'lstm', seed: 1 }, 'cpu');
    await flush();
    const worker = FakeWorker.made[0];
    worker.reply({ type: 'started', id: 1 });
    await vi.advanceTimersByTimeAsync(defaultTimeoutMs + 1);
    expect(worker.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(defaultTimeoutMs);
    const result = await verdict;
    expect(worker.terminated).toBe(true);
    expect(result).toMatchObject({ passed: false, cases: [], totalCases: 0 });
    expect(result.run.error?.kind).toBe('timeout');
    expect(result.run.error?.message).toMatch(/Stopped after 10 s/);
    // The next request gets a fresh worker.
    void client.run('ok', 'cpu');
    await flush();
    expect(FakeWorker.made).toHaveLength(2);
  });

  it('resolves a crash as a failed verdict with run.error', async () => {
    const client = new RunnerClient();
    const verdict = gradeDrill(client, 'x', { drillId: 'lstm', seed: 1 }, 'cpu');
    await flush();
    FakeWorker.made[0].onerror?.({ message: 'out of memory', preventDefault: () => {} });
    const result = await verdict;
    expect(result.passed).toBe(false);
    expect(result.run.error).toMatchObject({ kind: 'crash' });
    expect(result.run.error?.message).toMatch(/out of memory/);
  });
});

describe('RunnerClient.run', () => {
  it('still times out at the run limit', async () => {
    const client = new RunnerClient();
    const result = client.run('while (true) {}', 'cpu');
    await flush();
    FakeWorker.made[0].reply({ type: 'started', id: 1 });
    await vi.advanceTimersByTimeAsync(defaultTimeoutMs + 1);
    expect((await result).error?.kind).toBe('timeout');
  });
});
