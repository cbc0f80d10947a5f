import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import {
  disposeAll,
  dot,
  expectClose,
  expectNoLeak,
  rand,
  randMatrix,
  refLinear,
  refSoftmax,
  setupCpuBackend,
  snapshot,
} from '@/lib/testing/testUtils';
import { multiInterestAttention } from './multiInterestAttention';

setupCpuBackend();

/** The model as plain loops for one user: h [T][d], e [d]. */
function ref(
  h: number[][],
  e: number[],
  w1: number[][],
  w2: number[][],
  temperature: number,
  pad: (t: number) => boolean = () => false,
) {
  const perItem = h.map((ht) => refLinear(refLinear(ht, w1).map(Math.tanh), w2)); // [T][K]
  const A = w2.map((_, k) =>
    refSoftmax(
      perItem.map((s) => s[k]),
      pad,
    ),
  );
  const V = A.map((row) => h[0].map((_, c) => row.reduce((s, a, t) => s + a * h[t][c], 0)));
  const b = refSoftmax(V.map((v) => temperature * dot(v, e)));
  const u = e.map((_, c) => b.reduce((s, bk, k) => s + bk * V[k][c], 0));
  return { A, V, b, u, score: dot(u, e) };
}

describe('multiInterestAttention', () => {
  it('matches a case worked out by hand', () => {
    // w1 = I and w2 = 10 I: interest k scores item t by 10 tanh(h_t[k]).
    // Items [1, 0] and [0, 1]: interest 0 weights them softmax([10 tanh 1, 0]).
    const history = tf.tensor3d([
      [
        [1, 0],
        [0, 1],
      ],
    ]);
    const candidate = tf.tensor2d([[1, 0]]);
    const params = {
      w1: tf.tensor2d([
        [1, 0],
        [0, 1],
      ]),
      w2: tf.tensor2d([
        [10, 0],
        [0, 10],
      ]),
    };
    const got = multiInterestAttention(history, candidate, params);
    const a = 1 / (1 + Math.exp(-10 * Math.tanh(1))); // weight of the matching item
    expectClose(got.interestWeights, [a, 1 - a, 1 - a, a]);
    expectClose(got.interests, [a, 1 - a, 1 - a, a]);
    // Candidate [1, 0] matches interest 0 by a and interest 1 by 1 - a.
    const b0 = 1 / (1 + Math.exp(-(a - (1 - a))));
    expectClose(got.candidateWeights, [b0, 1 - b0]);
    const u = [b0 * a + (1 - b0) * (1 - a), b0 * (1 - a) + (1 - b0) * a];
    expectClose(got.user, u);
    expectClose(got.score, [u[0]]);
    disposeAll(got);
    tf.dispose([history, candidate, ...Object.values(params)]);
  });

  it('agrees with plain loops on a padded batch, with a temperature', () => {
    const [B, T, d, da, K] = [2, 5, 3, 4, 2];
    const hs = [randMatrix(T, d, 1), randMatrix(T, d, 2)];
    const es = [rand(d, 3), rand(d, 4)];
    const w1 = randMatrix(da, d, 5);
    const w2 = randMatrix(K, da, 6).map((row) => row.map((x) => 3 * x));
    const lengths = [5, 3];
    const history = tf.tensor3d(hs);
    const candidate = tf.tensor2d(es);
    const params = { w1: tf.tensor2d(w1), w2: tf.tensor2d(w2) };
    const mask = tf.tensor2d(
      lengths.map((n) => Array.from({ length: T }, (_, t) => (t >= n ? 1 : 0))),
      [B, T],
      'bool',
    );
    const unchanged = snapshot([history, candidate, ...Object.values(params)]);
    expectNoLeak(() => {
      const got = multiInterestAttention(history, candidate, params, { mask, temperature: 2 });
      const want = [0, 1].map((b) => ref(hs[b], es[b], w1, w2, 2, (t) => t >= lengths[b]));
      expect(got.interestWeights.shape).toEqual([B, K, T]);
      expect(got.interests.shape).toEqual([B, K, d]);
      expectClose(
        got.interestWeights,
        want.flatMap((w) => w.A.flat()),
      );
      expectClose(
        got.interests,
        want.flatMap((w) => w.V.flat()),
      );
      expectClose(
        got.candidateWeights,
        want.flatMap((w) => w.b),
      );
      expectClose(
        got.user,
        want.flatMap((w) => w.u),
      );
      expectClose(
        got.score,
        want.map((w) => w.score),
      );
      // Padded steps of the second user get exactly zero weight in every interest.
      const A = got.interestWeights.arraySync() as number[][][];
      expect(A[1].every((row) => row[3] === 0 && row[4] === 0)).toBe(true);
      disposeAll(got);
    });
    unchanged();
    tf.dispose([history, candidate, mask, ...Object.values(params)]);
  });

  it('throws naming the argument and both shapes', () => {
    const history = tf.zeros([1, 4, 3]);
    const params = { w1: tf.zeros([2, 3]), w2: tf.zeros([2, 2]) };
    const wide = tf.zeros([1, 6]);
    const badW1 = { w1: tf.zeros([2, 4]), w2: params.w2 };
    const narrow = tf.zeros([1, 3]);
    expectNoLeak(() => {
      expect(() => multiInterestAttention(history, wide, params)).toThrow(
        /multiInterestAttention: candidate has shape \[1,6\] but expected \[B, d\].* = \[1,3\]/,
      );
      expect(() => multiInterestAttention(history, narrow, badW1)).toThrow(
        /w1 has shape \[2,4\] but expected \[da, d\] = \[2,3\]/,
      );
    });
    tf.dispose([history, wide, narrow, badW1.w1, ...Object.values(params)]);
  });
});
