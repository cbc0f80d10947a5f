import { describe, expect, it } from 'vitest';
import type { RunResult } from './displays';
import { parseSandboxMessage } from './sandboxMessages';

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
    expect(parseSandboxMessage({ type: 'result', id: 1, result: run })).toEqual({
      type: 'result',
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
      { type: 'result', id: '1', result: run },
      { type: 'result', id: 1 },
      { type: 'result', id: 1, result: { ...run, displays: 'x' } },
      { type: 'result', id: 1, result: { ...run, logs: [{ level: 'html', text: 'x' }] } },
      {
        type: 'result',
        id: 1,
        result: { ...run, displays: [{ ...run.displays[0], data: [1, 2, 3, 4] }] },
      },
      { type: 'result', id: 1, result: { ...run, displays: [{ kind: 'iframe', src: '/' }] } },
      { type: 'graded', id: 1, result: { run } },
      { type: 'crash' },
      { type: 'navigate', to: 'https://example.com' },
    ];
    for (const data of bad) expect(parseSandboxMessage(data), JSON.stringify(data)).toBeNull();
  });
});
