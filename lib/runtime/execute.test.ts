import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { executeCode, maxLogLines } from './execute';
import { maxTensorValues } from './sizeGuard';
import { sandboxGlobals } from './sandboxGlobals';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const run = (code: string) => executeCode(code, tf, sandboxGlobals);

describe('executeCode', () => {
  it('splits its time into running the code and reading the results back', async () => {
    const result = await run(`
      const slow = Date.now() + 30;
      while (Date.now() < slow) {}
      show.heatmap(tf.ones([2, 2]));
    `);
    const phases = result.phases!;
    // The busy loop is in the code's own time, which with the read-back makes up the run's time.
    expect(phases.computeMs).toBeGreaterThanOrEqual(25);
    expect(phases.readBackMs).toBeGreaterThanOrEqual(0);
    expect(phases.transpileMs).toBeGreaterThanOrEqual(0);
    expect(phases.computeMs + phases.readBackMs).toBeCloseTo(result.timeMs, 6);
  });

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

  it('gives learner code the part 2 functions, gradients included', async () => {
    // One decode step over a 3-key cache: a bottom-right mask leaves all three keys open, so
    // with equal scores the output is the mean of the values (2) and logsumexp is log 3.
    const result = await run(`
      const q = tf.zeros([1, 2]);
      const k = tf.ones([3, 2]);
      const v = tf.tensor2d([[1], [2], [3]]);
      const { mask } = attentionMask(1, 3, { causal: 'bottom-right' });
      const flash = flashAttention(q, k, v, { blockSize: 2, mask });
      console.log((await flash.output.data())[0], (await flash.logsumexp.data())[0]);
      const E = 4;
      const p = {
        ln1Weight: tf.ones([E]), ln1Bias: tf.zeros([E]),
        inProjWeight: tf.zeros([3 * E, E]), inProjBias: tf.zeros([3 * E]),
        outProjWeight: tf.zeros([E, E]), outProjBias: tf.zeros([E]),
        ln2Weight: tf.ones([E]), ln2Bias: tf.zeros([E]),
        fc1Weight: tf.zeros([8, E]), fc1Bias: tf.zeros([8]),
        fc2Weight: tf.zeros([E, 8]), fc2Bias: tf.zeros([E]),
      };
      const x = tf.ones([1, 3, E]);
      const g = tf.grad((b: tf.Tensor) =>
        tf.sum(transformerBlock(x, { ...p, fc2Bias: b }, { numHeads: 2, norm: 'pre' }).output),
      )(p.fc2Bias);
      console.log(Array.from(await g.data()).join(','));
    `);
    expect(result.error).toBeUndefined();
    const [first, second] = result.logs.map((l) => l.text);
    const [mean, lse] = first.split(' ').map(Number);
    expect(mean).toBeCloseTo(2, 5);
    expect(lse).toBeCloseTo(Math.log(3), 5);
    // fc2Bias is added to each of the 3 positions in pre-norm: d sum / d bias = 3.
    expect(second).toBe('3,3,3,3');
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
    expect((await run(`throw 42;`)).error?.message).toMatch(/^Your code threw 42, which is not/);
    expect((await run(`throw { a: 1 };`)).error?.message).toMatch(/threw \{"a":1\}, which/);
    expect((await run(`throw null;`)).error?.message).toMatch(/threw null, which/);
    expect((await run(`throw 'oops';`)).error?.message).toMatch(/threw "oops", which/);
    // Even a value whose every use throws ends the run with a message.
    const proxy = await run(`throw new Proxy({}, { getPrototypeOf() { throw 1; } });`);
    expect(proxy.error?.message).toBe('Your code threw a value that cannot be shown.');
  });

  it('explains a stack overflow and points to the recursive line', async () => {
    const result = await run(`const a = 1;\nfunction f(n) { return f(n + 1) + 1 }\nf(0);`);
    expect(result.error?.message).toMatch(/^RangeError: Maximum call stack size exceeded/);
    expect(result.error?.message).toMatch(/recursive function/);
    expect(result.error?.location?.line).toBe(2);
  });

  it('lets code declare names the sandbox stands in for', async () => {
    const result = await run(`const window = 3; let self = 2; console.log(window * self);`);
    expect(result.error).toBeUndefined();
    expect(result.logs[0].text).toBe('6');
  });

  it('refuses imports and the network', async () => {
    expect((await run(`import x from 'y';`)).error?.message).toMatch(/import and export/);
    const fetched = await run(`await fetch('https://example.com');`);
    expect(fetched.error?.message).toMatch(/fetch is not available/);
  });

  it.each([
    [`await fetch('https://example.com');`, 'fetch', 'network'],
    [`await self.fetch('https://example.com');`, 'fetch', 'network'],
    [`await globalThis.fetch('https://example.com');`, 'fetch', 'network'],
    [`importScripts('x.js');`, 'importScripts', 'network'],
    [`new XMLHttpRequest();`, 'XMLHttpRequest', 'network'],
    [`indexedDB.open('x');`, 'indexedDB', 'storage'],
    [`self.indexedDB.open('x');`, 'indexedDB', 'storage'],
    [`localStorage.setItem('a', '1');`, 'localStorage', 'storage'],
    [`document.body.innerHTML = '';`, 'document', 'page'],
    [`window.location.href = 'x';`, 'window', 'page'],
    [`globalThis.postMessage({ type: 'result' });`, 'postMessage', 'page'],
    [`self.onmessage = null;`, 'onmessage', 'page'],
  ])('blocks %s with a message naming %s and the %s', async (code, name, what) => {
    const result = await run(`const a = 1;\n${code}`);
    expect(result.error?.message).toMatch(new RegExp(`^${name} is not available here`));
    expect(result.error?.message).toMatch(
      new RegExp(`cannot (reach|use) the (browser.s )?${what}`),
    );
    expect(result.error?.location?.line).toBe(2);
  });

  it('leaves the real globals alone: tfjs and later runs still have them', async () => {
    const realFetch = globalThis.fetch;
    await run(`globalThis.setTimeout = null; self.fetch = 1;`);
    expect(globalThis.fetch).toBe(realFetch);
    expect(typeof globalThis.setTimeout).toBe('function');
    const result = await run(
      `await new Promise((r) => self.setTimeout(r, 1)); console.log(typeof self.atob('YQ=='));`,
    );
    expect(result.error).toBeUndefined();
    expect(result.logs[0].text).toBe('string');
  });

  it("reports a throw inside a timer as the run's error, and cancels timers left running", async () => {
    const thrown = await run(
      `setTimeout(() => { throw new Error('late'); }, 0);\nawait new Promise(() => {});`,
    );
    expect(thrown.error?.message).toBe('late');
    // Fake timers count what is pending without waiting for anything to fire.
    vi.useFakeTimers();
    try {
      let ticks = 0;
      const result = await executeCode(`setInterval(tick, 1); setTimeout(tick, 5);`, tf, {
        tick: () => ticks++,
      });
      expect(result.error).toBeUndefined();
      expect(vi.getTimerCount()).toBe(0);
      vi.advanceTimersByTime(100);
      expect(ticks).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses tensors above the size limit before making them, naming the op and shape', async () => {
    for (const op of ['zeros', 'ones', 'randomNormal', 'randomUniform']) {
      const result = await run(`const a = 1;\nconst big = tf.${op}([20000, 20000]);`);
      expect(result.error?.message).toMatch(
        new RegExp(
          `^tf\\.${op} would make a tensor of shape \\[20000, 20000\\] with 400,000,000 values, more than the ${maxTensorValues.toLocaleString('en-US')}`,
        ),
      );
      expect(result.error?.location?.line).toBe(2);
    }
    expect((await run(`tf.eye(6000);`)).error?.message).toMatch(
      /^tf\.eye would make .*\[6000, 6000\]/,
    );
  });

  it('refuses a heatmap too big to draw, naming its shape and the limit', async () => {
    const result = await run(`const x = tf.zeros([2100, 2100]); show.heatmap(x); x.dispose();`);
    expect(result.error?.message).toMatch(
      /^show\.heatmap: shape \[2100, 2100\] has 4,410,000 cells, too many to draw \(the limit is 4,194,304\)/,
    );
    expect(result.leakedTensors).toBe(1);
  });

  it('caps an endless stream of console output', async () => {
    const result = await run(`for (let i = 0; i < 100000; i++) console.log(i);`);
    expect(result.logs).toHaveLength(maxLogLines);
    expect(result.logsTruncated).toBe(true);
  });

  it('prints only the first values of a big tensor', async () => {
    const result = await run(`const x = tf.ones([300, 400]); console.log(x); x.dispose();`);
    expect(result.logs[0].text).toMatch(
      /^Tensor float32 \[300, 400\]\n\[1, 1, .*, …\] \(first 1000 of 120,000 values\)$/,
    );
    expect(result.leakedTensors).toBe(0);
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
