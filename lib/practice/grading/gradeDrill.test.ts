import { describe, expect, it, vi } from 'vitest';
import { defaultTimeoutMs, RunnerClient } from '@/lib/runtime/client';
import { FakeWorker, flush, okRun, stubWorkers } from '@/lib/testing/fakeWorker';
import { gradeDrill } from './gradeDrill';
import type { GradeResult } from './types';

vi.mock('@/lib/runtime/sandboxHost', () => import('@/lib/testing/fakeWorker'));
stubWorkers();

describe('gradeDrill in the page runner', () => {
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
      cases: [{ name: 'a', hidden: false, passed: true, status: 'passed' }],
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
    worker.fail('boom');
    await expect(grade).resolves.toMatchObject({ passed: false, cases: [] });
  });

  it('times out after four run limits by default, restarting the worker', async () => {
    const client = new RunnerClient();
    const verdict = gradeDrill(client, 'while (true) {}', { drillId: 'lstm', seed: 1 }, 'cpu');
    await flush();
    const worker = FakeWorker.made[0];
    worker.reply({ type: 'started', id: 1 });
    await vi.advanceTimersByTimeAsync(3 * defaultTimeoutMs + 1);
    expect(worker.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(defaultTimeoutMs);
    const result = await verdict;
    expect(worker.terminated).toBe(true);
    expect(result).toMatchObject({ passed: false, cases: [], totalCases: 0 });
    expect(result.run.error?.kind).toBe('timeout');
    expect(result.run.error?.message).toMatch(/Stopped after 20 s/);
    // The next request gets a fresh worker.
    void client.run('ok', 'cpu');
    await flush();
    expect(FakeWorker.made).toHaveLength(2);
  });

  it('resolves a crash as a failed verdict with run.error', async () => {
    const client = new RunnerClient();
    const verdict = gradeDrill(client, 'x', { drillId: 'lstm', seed: 1 }, 'cpu');
    await flush();
    FakeWorker.made[0].fail('out of memory');
    const result = await verdict;
    expect(result.passed).toBe(false);
    expect(result.run.error).toMatchObject({ kind: 'crash' });
    expect(result.run.error?.message).toMatch(/out of memory/);
  });
});
