import { describe, expect, it } from 'vitest';
import type { RunResult } from './displays';
import { resultSchemas } from '@/lib/worker/resultSchemas';
import { parseSandboxMessage } from './sandboxMessages';

const asRun = (data: unknown) => parseSandboxMessage(data, resultSchemas.run);

const run: RunResult = {
  displays: [
    {
      kind: 'heatmap',
      title: '<img src=x onerror=alert(1)>',
      data: new Float32Array([NaN, 1, -Infinity, 2]),
      shape: [2, 2],
      mask: new Uint8Array([0, 0, 1, 0]),
    },
    { kind: 'line', series: [{ name: 'loss', values: [1, NaN, Infinity] }] },
    { kind: 'table', columns: ['a'], rows: [['x', 1]] },
  ],
  logs: [{ level: 'log', text: '<b>bold?</b>' }],
  error: { kind: 'runtime', message: 'boom', location: { line: 2, column: 3 } },
  backend: 'cpu',
  timeMs: 1.5,
  firstRunOnBackend: true,
  leakedTensors: 0,
  logsTruncated: false,
};

describe('parseSandboxMessage', () => {
  it('accepts well-formed messages, NaN and infinities in the data included', () => {
    expect(parseSandboxMessage({ type: 'started', id: 1 })).toEqual({ type: 'started', id: 1 });
    expect(asRun({ type: 'answer', id: 1, result: run })).toEqual({
      type: 'answer',
      id: 1,
      result: run,
    });
    expect(parseSandboxMessage({ type: 'flood', count: 101 })).toEqual({
      type: 'flood',
      count: 101,
    });
  });

  it('drops fields it does not know', () => {
    const parsed = parseSandboxMessage({ type: 'started', id: 1, html: '<script>' });
    expect(parsed).toEqual({ type: 'started', id: 1 });
  });

  it('refuses anything of another shape', () => {
    const bad: unknown[] = [
      null,
      'result',
      { type: 'result', id: 1, result: run },
      { type: 'answer', id: '1', result: run },
      { type: 'answer', id: 1 },
      { type: 'answer', id: 1, result: { ...run, displays: 'x' } },
      { type: 'answer', id: 1, result: { ...run, logs: [{ level: 'html', text: 'x' }] } },
      {
        type: 'answer',
        id: 1,
        result: { ...run, displays: [{ ...run.displays[0], data: [1, 2, 3, 4] }] },
      },
      { type: 'answer', id: 1, result: { ...run, displays: [{ kind: 'iframe', src: '/' }] } },
      { type: 'answer', id: 1, result: { run } },
      { type: 'crash' },
      { type: 'navigate', to: 'https://example.com' },
    ];
    for (const data of bad) expect(asRun(data), JSON.stringify(data)).toBeNull();
  });

  it("checks an answer against its own kind's schema, and refuses one when none is expected", () => {
    const graded = {
      run,
      cases: [{ name: 'a', hidden: false, passed: true, status: 'passed' }],
      totalCases: 1,
      hiddenCases: 0,
      passed: true,
      tolerance: { atol: 1e-4, rtol: 1e-3 },
    };
    expect(
      parseSandboxMessage({ type: 'answer', id: 1, result: graded }, resultSchemas.grade),
    ).not.toBeNull();
    // A run's answer where a grading's is awaited, and the reverse.
    expect(
      parseSandboxMessage({ type: 'answer', id: 1, result: run }, resultSchemas.grade),
    ).toBeNull();
    expect(asRun({ type: 'answer', id: 1, result: graded })).toBeNull();
    const trained = {
      ok: true,
      backend: 'cpu',
      metrics: { step: 3, loss: 0.5, accuracy: 0.25 },
      probe: {
        input: [1],
        prediction: [2],
        target: [2],
        scored: [1],
        weights: [new Float32Array(1)],
      },
    };
    expect(
      parseSandboxMessage({ type: 'answer', id: 1, result: trained }, resultSchemas.train),
    ).not.toBeNull();
    const forged = { ...trained, probe: { ...trained.probe, weights: [[0.5]] } };
    expect(
      parseSandboxMessage({ type: 'answer', id: 1, result: forged }, resultSchemas.train),
    ).toBeNull();
    expect(parseSandboxMessage({ type: 'answer', id: 1, result: run })).toBeNull();
    // Adam's state travels with the weights, so a saved model resumes where it stopped.
    const optimizer = { iterations: 3, m: { w: [0.1] }, v: { w: [0.01] } };
    const saved = parseSandboxMessage(
      { type: 'answer', id: 1, result: { ...trained, weights: { w: [1] }, optimizer } },
      resultSchemas.train,
    );
    expect((saved as { result: { optimizer?: unknown } }).result.optimizer).toEqual(optimizer);
  });
});

describe('parseSandboxMessage keeps what the page words and finds', () => {
  it('keeps chart ids and coded messages, and refuses an unknown code', () => {
    const coded = { code: 'code.run.timeout', params: { seconds: '5' } };
    const result = {
      ...run,
      displays: [{ kind: 'table', id: 'peak', title: 't', columns: ['a'], rows: [[1]] }],
      error: { kind: 'timeout', message: 'Stopped', coded },
      fallbackReasons: [{ code: 'code.backend.noWebgpu' }],
    };
    const parsed = asRun({ type: 'answer', id: 1, result });
    expect(parsed).not.toBeNull();
    const answer = parsed as { result: typeof result };
    expect(answer.result.displays[0].id).toBe('peak');
    expect(answer.result.error.coded).toEqual(coded);
    expect(answer.result.fallbackReasons).toEqual([{ code: 'code.backend.noWebgpu' }]);
    const forged = { ...result, error: { ...result.error, coded: { code: 'code.made.up' } } };
    expect(asRun({ type: 'answer', id: 1, result: forged })).toBeNull();
  });
});
