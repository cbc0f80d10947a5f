import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { lstm } from './lstm';
import {
  disposeAll,
  expectClose,
  expectNoLeak,
  rand,
  randMatrix,
  refLinear,
  sigmoid,
  snapshot,
  setupCpuBackend,
} from '@/lib/testing/testUtils';

setupCpuBackend();

const [B, T, I, H] = [2, 4, 3, 2];
const xA = [randMatrix(T, I, 1), randMatrix(T, I, 2)];
const dir = (seed: number) => ({
  wih: randMatrix(4 * H, I, seed),
  whh: randMatrix(4 * H, H, seed + 1),
  bih: rand(4 * H, seed + 2),
  bhh: rand(4 * H, seed + 3),
});
const fwd = dir(10);
const rev = dir(20);
const tensors = (d: typeof fwd) => ({
  weightIh: tf.tensor2d(d.wih),
  weightHh: tf.tensor2d(d.whh),
  biasIh: tf.tensor1d(d.bih),
  biasHh: tf.tensor1d(d.bhh),
});
const both = () => {
  const r = tensors(rev);
  return {
    ...tensors(fwd),
    weightIhReverse: r.weightIh,
    weightHhReverse: r.weightHh,
    biasIhReverse: r.biasIh,
    biasHhReverse: r.biasHh,
  };
};

/** PyTorch's LSTM cell equations, gate rows i, f, g, o; returns h at every step in time order. */
function refRun(x: number[][], d: typeof fwd, reverse: boolean) {
  let h = new Array(H).fill(0);
  let c = new Array(H).fill(0);
  const out: number[][] = new Array(x.length);
  const order = x.map((_, t) => (reverse ? x.length - 1 - t : t));
  for (const t of order) {
    const a = refLinear(x[t], d.wih, d.bih).map((v, n) => v + refLinear(h, d.whh, d.bhh)[n]);
    const gate = (g: number, n: number) => a[g * H + n];
    c = c.map((cn, n) => sigmoid(gate(1, n)) * cn + sigmoid(gate(0, n)) * Math.tanh(gate(2, n)));
    h = c.map((cn, n) => sigmoid(gate(3, n)) * Math.tanh(cn));
    out[t] = h;
  }
  return { out, h, c };
}

describe('lstm', () => {
  it('matches the PyTorch cell equations step by step', () => {
    const got = lstm(tf.tensor3d(xA), tensors(fwd));
    const refs = xA.map((x) => refRun(x, fwd, false));
    expect(got.output.shape).toEqual([B, T, H]);
    expectClose(
      got.output,
      refs.flatMap((r) => r.out.flat()),
    );
    expectClose(
      got.h,
      refs.flatMap((r) => r.h),
    );
    expectClose(
      got.c,
      refs.flatMap((r) => r.c),
    );
  });

  it('bidirectional: output is [forward; reverse] and h, c are [B, 2, H]', () => {
    const got = lstm(tf.tensor3d(xA), both(), { bidirectional: true });
    expect(got.output.shape).toEqual([B, T, 2 * H]);
    expect(got.h.shape).toEqual([B, 2, H]);
    const f = xA.map((x) => refRun(x, fwd, false));
    const r = xA.map((x) => refRun(x, rev, true));
    expectClose(
      got.output,
      [0, 1].flatMap((b) => xA[b].flatMap((_, t) => [...f[b].out[t], ...r[b].out[t]])),
    );
    expectClose(
      got.h,
      [0, 1].flatMap((b) => [...f[b].h, ...r[b].h]),
    );
    expectClose(
      got.c,
      [0, 1].flatMap((b) => [...f[b].c, ...r[b].c]),
    );
    // The reverse direction finishes at t = 0, so its final h is the first output step.
    const out = got.output.arraySync() as number[][][];
    expectClose(tf.slice(got.h, [0, 1, 0], [1, 1, H]), out[0][0].slice(H));
  });

  it('handles one time step, batch 1 and no biases', () => {
    const x = [[xA[0][0]]];
    const got = lstm(tf.tensor3d(x), {
      weightIh: tf.tensor2d(fwd.wih),
      weightHh: tf.tensor2d(fwd.whh),
    });
    const ref = refRun(
      x[0],
      { ...fwd, bih: new Array(4 * H).fill(0), bhh: new Array(4 * H).fill(0) },
      false,
    );
    expectClose(got.output, ref.out.flat());
  });

  it('rejects bad input with messages naming function, argument and shapes', () => {
    const x = tf.tensor3d(xA);
    expect(() => lstm(tf.zeros([T, I]), tensors(fwd))).toThrow(
      'lstm: x has shape [4,3] (rank 2) but expected rank 3 [B, T, I]',
    );
    expect(() => lstm(x, { ...tensors(fwd), weightIh: tf.zeros([8, 4]) })).toThrow(
      'lstm: weightIh has shape [8,4] but expected [4H, I] = [8,3]',
    );
    expect(() => lstm(x, { ...tensors(fwd), biasHh: tf.zeros([4]) })).toThrow(
      'lstm: biasHh has shape [4] but expected [4H] = [8]',
    );
    expect(() => lstm(x, tensors(fwd), { bidirectional: true })).toThrow(
      'lstm: weightIhReverse is undefined but expected a tensor [4H, I] (bidirectional) = [8,3]',
    );
    expect(() => lstm(x, both())).toThrow(
      /lstm: bidirectional is undefined but params has weightIhReverse/,
    );
    expect(() => lstm(tf.fill([1, 2, 3], NaN), tensors(fwd))).toThrow(
      'lstm: x contains NaN but expected finite numbers',
    );
  });

  it('leaks nothing, even when it throws, and leaves inputs untouched', () => {
    const x = tf.tensor3d(xA);
    const p = both();
    const bad = tf.zeros([8, 4]);
    const check = snapshot([x, p.weightIh, p.weightHhReverse]);
    expectNoLeak(() => disposeAll(lstm(x, p, { bidirectional: true })));
    expectNoLeak(() =>
      expect(() => lstm(x, { ...p, weightIhReverse: bad }, { bidirectional: true })).toThrow(
        /weightIhReverse/,
      ),
    );
    check();
  });
});
