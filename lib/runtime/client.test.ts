import { describe, expect, it, vi } from 'vitest';
import { FakeWorker, flush, okRun, stubWorkers } from '@/lib/testing/fakeWorker';
import { defaultTimeoutMs, RunnerClient } from './client';

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
    FakeWorker.made[0].onerror?.({ message: 'out of memory', preventDefault: () => {} });
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
});
