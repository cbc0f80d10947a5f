import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { executeCode, maxLogLines } from './execute';
import { sandboxGlobals } from './sandboxGlobals';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const run = (code: string) => executeCode(code, tf, sandboxGlobals);

describe('executeCode', () => {
  it('runs TypeScript with tf, show and the attention functions in scope', async () => {
    const result = await run(`
      const tokens: string[] = ['a', 'b'];
      const x = tf.tensor2d([[1, 0], [0, 1]]);
      const { weights } = scaledDotProductAttention(x, x, x, { scale: 0 });
      show.heatmap(weights, { rows: tokens, cols: tokens, title: 'uniform' });
    `);
    expect(result.error).toBeUndefined();
    expect(result.displays).toHaveLength(1);
    const [display] = result.displays;
    expect(display.kind).toBe('heatmap');
    if (display.kind !== 'heatmap') return;
    expect(display.shape).toEqual([2, 2]);
    // Scale 0 makes every score 0, so each of the two weights is exactly 1/2.
    expect(Array.from(display.data)).toEqual([0.5, 0.5, 0.5, 0.5]);
    expect(display.rowLabels).toEqual(['a', 'b']);
  });

  it('counts tensors the code left undisposed and frees them', async () => {
    const before = tf.memory().numTensors;
    const result = await run(`
      const a = tf.ones([2, 2]);
      const b = tf.add(a, a);
      const c = tf.tidy(() => tf.mul(b, 3));
      c.dispose();
    `);
    expect(result.leakedTensors).toBe(2);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('pretty-prints tensors with dtype and shape in the console', async () => {
    const result = await run(`console.log('x', tf.tensor1d([1, 2, 3])); console.warn(0.1 + 0.2);`);
    expect(result.logs[0].text).toMatch(/^x Tensor float32 \[3\]\n\s*\[1, 2, 3\]/);
    expect(result.logs[1]).toEqual({ level: 'warn', text: '0.3' });
  });

  it('reports a syntax error with its line and column', async () => {
    const result = await run(`const a = 1;\nconst b = (;\n`);
    expect(result.error?.kind).toBe('syntax');
    expect(result.error?.location).toEqual({ line: 2, column: 12 });
  });

  it('reports a thrown error with the line in the learner code', async () => {
    const result = await run(`const a = 1;\n\nthrow new Error('boom');\n`);
    expect(result.error).toMatchObject({ kind: 'runtime', message: 'boom', location: { line: 3 } });
  });

  it('passes the attention core errors through with their shapes', async () => {
    const result = await run(
      `scaledDotProductAttention(tf.ones([2, 4, 8]), tf.ones([2, 5, 7]), tf.ones([2, 5, 6]));`,
    );
    expect(result.error?.message).toMatch(/scaledDotProductAttention/);
    expect(result.error?.message).toMatch(/\[2, ?5, ?7\]/);
  });

  it('describes a thrown value that is not an Error', async () => {
    const result = await run(`throw 42;`);
    expect(result.error?.message).toBe('Your code threw a value that is not an Error: 42');
  });

  it('refuses imports and the network', async () => {
    expect((await run(`import x from 'y';`)).error?.message).toMatch(/import and export/);
    const fetched = await run(`await fetch('https://example.com');`);
    expect(fetched.error?.message).toMatch(/fetch is not available/);
  });

  it('caps an endless stream of console output', async () => {
    const result = await run(`for (let i = 0; i < 100000; i++) console.log(i);`);
    expect(result.logs).toHaveLength(maxLogLines);
    expect(result.logsTruncated).toBe(true);
  });

  it('rejects a heatmap of the wrong rank with a clear message', async () => {
    const result = await run(`show.heatmap(tf.ones([2, 2, 2, 2, 2]));`);
    expect(result.error?.message).toMatch(/show\.heatmap: expected .* got shape \[2, 2, 2, 2, 2\]/);
  });

  it('broadcasts a heatmap mask to the values', async () => {
    const result = await run(
      `show.heatmap(tf.ones([2, 3]), { mask: tf.tensor2d([[0, 0, 1]], [1, 3], 'bool') });`,
    );
    const display = result.displays[0];
    expect(display.kind === 'heatmap' && Array.from(display.mask ?? [])).toEqual([
      0, 0, 1, 0, 0, 1,
    ]);
  });

  it('shows the steps of attention as 2-D matrices', async () => {
    const result = await run(`
      const x = tf.tensor2d([[1, 0], [0, 1], [1, 1]]);
      show.steps(attentionSteps(x, x, x, { causal: true }));
    `);
    const display = result.displays[0];
    expect(display.kind).toBe('steps');
    if (display.kind !== 'steps') return;
    expect(display.masked.shape).toEqual([3, 3]);
    expect(display.masked.data[1]).toBe(-Infinity);
    expect(display.output.shape).toEqual([3, 2]);
  });
});
