import { describe, expect, it, vi } from 'vitest';
import { FakeWorker, flush, okRun, stubWorkers } from '@/lib/testing/fakeWorker';
import { defaultTimeoutMs, RunnerClient } from './client';

vi.mock('@/lib/runtime/sandboxHost', () => import('@/lib/testing/fakeWorker'));
stubWorkers();

describe('RunnerClient.run', () => {
  it('asks the worker for a run and resolves with its answer', async () => {
    const client = new RunnerClient();
    const result = client.run('show.table([[1]])', 'wasm');
    await flush();
    const worker = FakeWorker.made[0];
    expect(worker.posted).toEqual([
      { kind: 'run', id: 1, code: 'show.table([[1]])', backend: 'wasm', params: {} },
    ]);
    worker.reply({ type: 'started', id: 1 });
    worker.reply({ type: 'answer', id: 1, result: okRun });
    expect(await result).toBe(okRun);
  });

  it('resolves a crashed worker as a failed run and replaces the worker', async () => {
    const client = new RunnerClient();
    const result = client.run('x', 'cpu');
    await flush();
    FakeWorker.made[0].fail('out of memory');
    expect(await result).toMatchObject({
      displays: [],
      backend: 'none',
      error: { kind: 'crash', message: expect.stringMatching(/out of memory/) },
    });
    void client.run('y', 'cpu');
    await flush();
    expect(FakeWorker.made).toHaveLength(2);
  });

  it('still times out at the run limit', async () => {
    const client = new RunnerClient();
    const result = client.run('while (true) {}', 'cpu');
    await flush();
    FakeWorker.made[0].reply({ type: 'started', id: 1 });
    await vi.advanceTimersByTimeAsync(defaultTimeoutMs + 1);
    expect((await result).error?.kind).toBe('timeout');
  });
  it("a second 'started' does not push the time limit back", async () => {
    const client = new RunnerClient();
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
    const client = new RunnerClient();
    const first = client.run('a', 'cpu');
    await flush();
    const old = FakeWorker.made[0];
    old.fail('it sent a message that is not one the page accepts');
    expect((await first).error?.message).toMatch(/not one the page accepts.*It has restarted/);
    expect(old.terminated).toBe(true);
    const second = client.run('b', 'cpu');
    await flush();
    // A late answer from the old runner, with the new request's id, changes nothing.
    old.reply({ type: 'answer', id: 2, result: { ...okRun, backend: 'forged' } });
    FakeWorker.made[1].reply({ type: 'answer', id: 2, result: okRun });
    expect(await second).toBe(okRun);
  });
});
