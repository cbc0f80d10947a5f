import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { biDirectionalAttention as bidaf } from './biDirectionalAttention';
import {
  disposeAll,
  dot,
  expectClose,
  expectNoLeak,
  rand,
  randMatrix,
  refSoftmax,
  snapshot,
  setupCpuBackend,
} from '@/lib/testing/testUtils';

setupCpuBackend();

const [T, J, d] = [4, 3, 2];
const cA = [randMatrix(T, d, 1), randMatrix(T, d, 2)];
const qA = [randMatrix(J, d, 3), randMatrix(J, d, 4)];
const w = rand(3 * d, 5);

/** BiDAF attention flow for one batch element, from the paper's definitions. */
function ref(c: number[][], q: number[][]) {
  const similarity = c.map((ct) =>
    q.map((qj) => dot(w, [...ct, ...qj, ...ct.map((x, i) => x * qj[i])])),
  );
  const c2qWeights = similarity.map((row) => refSoftmax(row));
  const c2q = c2qWeights.map((a) => [0, 1].map((i) => a.reduce((s, aj, j) => s + aj * q[j][i], 0)));
  const q2cWeights = refSoftmax(similarity.map((row) => Math.max(...row)));
  const h = [0, 1].map((i) => q2cWeights.reduce((s, bt, t) => s + bt * c[t][i], 0));
  const q2c = c.map(() => h);
  const g = c.map((ct, t) => [
    ...ct,
    ...c2q[t],
    ...ct.map((x, i) => x * c2q[t][i]),
    ...ct.map((x, i) => x * h[i]),
  ]);
  return { similarity, c2qWeights, q2cWeights, c2q, q2c, g };
}

describe('biDirectionalAttention', () => {
  it('matches the BiDAF definitions computed with loops', () => {
    const got = bidaf(tf.tensor3d(cA), tf.tensor3d(qA), { weight: tf.tensor1d(w) });
    const refs = [0, 1].map((b) => ref(cA[b], qA[b]));
    expect(got.g.shape).toEqual([2, T, 4 * d]);
    for (const key of ['similarity', 'c2qWeights', 'c2q', 'q2c', 'g'] as const) {
      expectClose(
        got[key],
        refs.flatMap((r) => r[key].flat()),
      );
    }
    expectClose(
      got.q2cWeights,
      refs.flatMap((r) => r.q2cWeights),
    );
  });

  it('works with one query word and batch 1', () => {
    const got = bidaf(tf.tensor3d([cA[0]]), tf.tensor3d([[qA[0][0]]]), { weight: tf.tensor1d(w) });
    expect(Array.from(got.c2qWeights.dataSync())).toEqual([1, 1, 1, 1]);
    expectClose(got.g, ref(cA[0], [qA[0][0]]).g.flat());
  });

  it('rejects bad input with messages naming function, argument and shapes', () => {
    const c = tf.tensor3d(cA);
    const q = tf.tensor3d(qA);
    expect(() => bidaf(c, q, { weight: tf.zeros([4]) })).toThrow(
      'biDirectionalAttention: weight has shape [4] but expected [3d] = [6]',
    );
    expect(() => bidaf(c, tf.zeros([2, 3, 5]), { weight: tf.zeros([6]) })).toThrow(
      /biDirectionalAttention: query has shape \[2,3,5\] but expected .*d = 2.*context \[2,4,2\]/,
    );
    expect(() => bidaf(c, tf.zeros([3, 2]), { weight: tf.zeros([6]) })).toThrow(
      /biDirectionalAttention: query has shape \[3,2\] \(rank 2\) but expected rank 3/,
    );
  });

  it('leaks nothing, even when it throws, and leaves inputs untouched', () => {
    const c = tf.tensor3d(cA);
    const q = tf.tensor3d(qA);
    const weight = tf.tensor1d(w);
    const nan = tf.tensor1d([NaN, 0, 0, 0, 0, 0]);
    const check = snapshot([c, q, weight]);
    expectNoLeak(() => disposeAll(bidaf(c, q, { weight })));
    expectNoLeak(() =>
      expect(() => bidaf(c, q, { weight: nan })).toThrow(
        /biDirectionalAttention: weight contains NaN/,
      ),
    );
    check();
  });
});
