import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GradeResult } from '@/lib/practice/grading/types';
import { defaultTimeoutMs, RunnerClient } from './client';
import type { RunResult } from './displays';
import type { PageRequest, WorkerMessage } from './protocol';
import type { RunnerChannel, RunnerEvents } from './sandboxHost';

/** Stands in for the sandboxed runner: records requests, lets the test answer them. */
class FakeWorker implements RunnerChannel {
  static made: FakeWorker[] = [];
  posted: PageRequest[] = [];
  terminated = false;
  constructor(private readonly events: RunnerEvents) {
    FakeWorker.made.push(this);
  }
  post(request: PageRequest) {
    this.posted.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: WorkerMessage) {
    this.events.message(data);
  }
  fail(reason: string) {
    this.events.failed(reason);
  }
}

const newClient = () => new RunnerClient((events) => new FakeWorker(events));

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
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const flush = () => vi.advanceTimersByTimeAsync(0);

describe('RunnerClient.grade', () => {
  it('sends a grade request and resolves with the verdict', async () => {
    const client = newClient();
    const verdict = client.grade('code', 'causal-attention', 123, 'cpu');
    await flush();
    const worker = FakeWorker.made[0];
    expect(worker.posted[0]).toEqual({
      type: 'grade',
      id: 1,
      code: 'code',
      backend: 'cpu',
      drillId: 'causal-attention',
      seed: 123,
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
    worker.reply({ type: 'graded', id: 1, result });
    expect(await verdict).toBe(result);
  });

  it('shares the queue with run: one request at a time, in order', async () => {
    const client = newClient();
    const run = client.run('first', 'cpu');
    const grade = client.grade('second', 'lstm', 1, 'cpu');
    await flush();
    const worker = FakeWorker.made[0];
    expect(worker.posted.map((r) => r.type)).toEqual(['run']);
    worker.reply({ type: 'result', id: 1, result: okRun });
    expect(await run).toBe(okRun);
    await flush();
    expect(worker.posted.map((r) => r.type)).toEqual(['run', 'grade']);
    expect(FakeWorker.made).toHaveLength(1);
    worker.fail('boom');
    await expect(grade).resolves.toMatchObject({ passed: false, cases: [] });
  });

  it('times out after twice the run limit by default, restarting the worker', async () => {
    const client = newClient();
    const verdict = client.grade('while (true) {}', 'lstm', 1, 'cpu');
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
    const client = newClient();
    const verdict = client.grade('x', 'lstm', 1, 'cpu');
    await flush();
    FakeWorker.made[0].fail('out of memory');
    const result = await verdict;
    expect(result.passed).toBe(false);
    expect(result.run.error).toMatchObject({ kind: 'crash' });
    expect(result.run.error?.message).toMatch(/out of memory/);
  });
});

describe('RunnerClient.run', () => {
  it("a second 'started' does not push the time limit back", async () => {
    const client = newClient();
    const result = client.run('while (true) {}', 'cpu');
    await flush();
    const worker = FakeWorker.made[0];
    worker.reply({ type: 'started', id: 1 });
    await vi.advanceTimersByTimeAsync(defaultTimeoutMs - 100);
    worker.reply({ type: 'started', id: 1 });
    await vi.advanceTimersByTimeAsync(200);
    expect((await result).error?.kind).toBe('timeout');
    expect(worker.terminated).toBe(true);
  });

  it('ignores answers from a runner it has replaced, and to requests it no longer waits for', async () => {
    const client = newClient();
    const first = client.run('a', 'cpu');
    await flush();
    const old = FakeWorker.made[0];
    old.fail('it sent a message that is not one the page accepts');
    expect((await first).error?.message).toMatch(/not one the page accepts.*It has restarted/);
    expect(old.terminated).toBe(true);
    const second = client.run('b', 'cpu');
    await flush();
    // A late answer from the old runner, with the new request's id, changes nothing.
    old.reply({ type: 'result', id: 2, result: { ...okRun, backend: 'forged' } });
    FakeWorker.made[1].reply({ type: 'result', id: 2, result: okRun });
    expect(await second).toBe(okRun);
  });

  it('still times out at the run limit', async () => {
    const client = newClient();
    const result = client.run('while (true) {}', 'cpu');
    await flush();
    FakeWorker.made[0].reply({ type: 'started', id: 1 });
    await vi.advanceTimersByTimeAsync(defaultTimeoutMs + 1);
    expect((await result).error?.kind).toBe('timeout');
  });
});
