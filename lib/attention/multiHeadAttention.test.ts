import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { multiHeadAttention as mha } from './multiHeadAttention';
import {
  disposeAll,
  expectClose,
  expectNoLeak,
  rand,
  randMatrix,
  refAttention,
  refLinear,
  snapshot,
  setupCpuBackend,
} from '@/lib/testing/testUtils';

setupCpuBackend();

/** nn.MultiheadAttention forward for one batch element, written out with loops. */
function refMha(
  query: number[][],
  key: number[][],
  value: number[][],
  w: { inW: number[][]; inB?: number[]; outW: number[][]; outB?: number[] },
  H: number,
  blocked: (i: number, j: number) => boolean,
) {
  const E = query[0].length;
  const hd = E / H;
  const part = (p: number) => ({
    W: w.inW.slice(p * E, p * E + E),
    b: w.inB?.slice(p * E, p * E + E),
  });
  const [pq, pk, pv] = [0, 1, 2].map(part);
  const q = query.map((x) => refLinear(x, pq.W, pq.b));
  const k = key.map((x) => refLinear(x, pk.W, pk.b));
  const v = value.map((x) => refLinear(x, pv.W, pv.b));
  const headSlice = (m: number[][], h: number) => m.map((r) => r.slice(h * hd, h * hd + hd));
  const heads = Array.from({ length: H }, (_, h) =>
    refAttention(headSlice(q, h), headSlice(k, h), headSlice(v, h), 1 / Math.sqrt(hd), blocked),
  );
  const merged = query.map((_, i) => heads.flatMap((r) => r.output[i]));
  return {
    output: merged.map((x) => refLinear(x, w.outW, w.outB)),
    weights: heads.map((r) => r.weights),
  };
}

const [B, L, S, E, H] = [2, 3, 4, 6, 3];
const queryA = [0, 1].map((b) => randMatrix(L, E, 100 + b));
const keyA = [0, 1].map((b) => randMatrix(S, E, 110 + b));
const valueA = [0, 1].map((b) => randMatrix(S, E, 120 + b));
const w = {
  inW: randMatrix(3 * E, E, 1),
  inB: rand(3 * E, 2),
  outW: randMatrix(E, E, 3),
  outB: rand(E, 4),
};
const params = () => ({
  inProjWeight: tf.tensor2d(w.inW),
  inProjBias: tf.tensor1d(w.inB),
  outProjWeight: tf.tensor2d(w.outW),
  outProjBias: tf.tensor1d(w.outB),
});
const inputs = () => [tf.tensor3d(queryA), tf.tensor3d(keyA), tf.tensor3d(valueA)] as const;

describe('multiHeadAttention', () => {
  it('matches a loop reference with per-head weights, key padding and a [L, S] mask', () => {
    const padding = [
      [false, false, false, true],
      [false, true, false, false],
    ];
    const mask = [
      [false, false, true, false],
      [false, false, false, false],
      [true, false, false, false],
    ];
    const got = mha(...inputs(), params(), {
      numHeads: H,
      mask: tf.tensor2d(mask),
      keyPaddingMask: tf.tensor2d(padding),
    });
    expect(got.weights.shape).toEqual([B, H, L, S]);
    const refs = [0, 1].map((b) =>
      refMha(queryA[b], keyA[b], valueA[b], w, H, (i, j) => mask[i][j] || padding[b][j]),
    );
    expectClose(
      got.output,
      refs.flatMap((r) => r.output.flat()),
    );
    expectClose(
      got.weights,
      refs.flatMap((r) => r.weights.flat(2)),
    );
  });

  it('supports causal cross-attention (L != S) and missing biases', () => {
    const { inProjWeight, outProjWeight } = params();
    const got = mha(...inputs(), { inProjWeight, outProjWeight }, { numHeads: 2, causal: true });
    const noBias = { inW: w.inW, outW: w.outW };
    const refs = [0, 1].map((b) =>
      refMha(queryA[b], keyA[b], valueA[b], noBias, 2, (i, j) => j > i),
    );
    expectClose(
      got.output,
      refs.flatMap((r) => r.output.flat()),
    );
    expectClose(
      got.weights,
      refs.flatMap((r) => r.weights.flat(2)),
    );
  });

  it('works with batch 1, sequence 1 and one head', () => {
    const got = mha(
      tf.tensor3d([[queryA[0][0]]]),
      tf.tensor3d([[keyA[0][0]]]),
      tf.tensor3d([[valueA[0][0]]]),
      params(),
      { numHeads: 1 },
    );
    expect(Array.from(got.weights.dataSync())).toEqual([1]);
    const ref = refMha([queryA[0][0]], [keyA[0][0]], [valueA[0][0]], w, 1, () => false);
    expectClose(got.output, ref.output.flat());
  });

  it('rejects bad input with messages naming function, argument and shapes', () => {
    const [q, k, v] = inputs();
    const p = params();
    expect(() => mha(q, k, v, p, { numHeads: 4 })).toThrow(
      'multiHeadAttention: numHeads is 4 but expected a divisor of E = 6 (query [2,3,6])',
    );
    expect(() => mha(q, k, v, { ...p, inProjWeight: tf.zeros([6, 6]) }, { numHeads: 3 })).toThrow(
      'multiHeadAttention: inProjWeight has shape [6,6] but expected [3E, E] = [18,6]',
    );
    expect(() => mha(q, tf.zeros([2, 4, 5]), v, p, { numHeads: 3 })).toThrow(
      /multiHeadAttention: key has shape \[2,4,5\] but expected .*E = 6.*query \[2,3,6\]/,
    );
    expect(() => mha(q, k, tf.zeros([2, 5, 6]), p, { numHeads: 3 })).toThrow(
      /multiHeadAttention: value has shape \[2,5,6\] but expected \[B, S, E\].*= \[2,4,6\]/,
    );
    expect(() => mha(tf.zeros([3, 6]), k, v, p, { numHeads: 3 })).toThrow(
      /multiHeadAttention: query has shape \[3,6\] \(rank 2\) but expected rank 3/,
    );
    expect(() =>
      mha(q, k, v, p, { numHeads: 3, keyPaddingMask: tf.zeros([2, 3], 'bool') }),
    ).toThrow('multiHeadAttention: keyPaddingMask has shape [2,3] but expected [B, S] = [2,4]');
    expect(() => mha(q, k, v, p, { numHeads: 3, mask: tf.zeros([3, 4]) })).toThrow(
      /multiHeadAttention: mask has dtype float32 but expected bool/,
    );
    const allPadded = tf.tensor2d([
      [false, false, false, false],
      [true, true, true, true],
    ]);
    expect(() => mha(q, k, v, p, { numHeads: 3, keyPaddingMask: allPadded })).toThrow(
      /multiHeadAttention: keyPaddingMask blocks every key for row \[1,0,0\] of weights \[2,3,3,4\]/,
    );
    expect(() =>
      mha(q, k, v, { ...p, outProjBias: tf.tensor1d([NaN, 0, 0, 0, 0, 0]) }, { numHeads: 3 }),
    ).toThrow(/multiHeadAttention: outProjBias contains NaN/);
  });

  it('leaks nothing, even when it throws, and leaves inputs untouched', () => {
    const [q, k, v] = inputs();
    const p = params();
    const allPadded = tf.ones([2, 4], 'bool');
    const check = snapshot([q, k, v, p.inProjWeight]);
    expectNoLeak(() => disposeAll(mha(q, k, v, p, { numHeads: 3, causal: true })));
    expectNoLeak(() =>
      expect(() => mha(q, k, v, p, { numHeads: 3, keyPaddingMask: allPadded })).toThrow(
        /every key/,
      ),
    );
    expectNoLeak(() => expect(() => mha(q, k, v, p, { numHeads: 5 })).toThrow(/divisor/));
    check();
  });
});
