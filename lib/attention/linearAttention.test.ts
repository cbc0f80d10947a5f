import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { linearAttention } from './linearAttention';
import {
  disposeAll,
  expectClose,
  expectNoLeak,
  randMatrix,
  setupCpuBackend,
  snapshot,
} from '@/lib/testing/testUtils';

setupCpuBackend();

const phi = (x: number) => (x > 0 ? x + 1 : Math.exp(x));

/** Loop reference: the kernel weights phi(q_i).phi(k_j), normalised, over keys j < upTo(i). */
function refLinear(
  q: number[][],
  k: number[][],
  v: number[][],
  eps: number,
  upTo: (i: number) => number = () => k.length,
): number[][] {
  return q.map((qi, i) => {
    const weights = k
      .slice(0, upTo(i))
      .map((kj) => kj.reduce((s, x, c) => s + phi(qi[c]) * phi(x), 0));
    const total = weights.reduce((s, w) => s + w, 0) + eps;
    return v[0].map((_, c) => weights.reduce((s, w, j) => s + w * v[j][c], 0) / total);
  });
}

describe('linearAttention', () => {
  it('matches the kernel-weight loop reference over leading dims (L != S)', () => {
    const [B, L, S, d, dv] = [2, 3, 5, 4, 2];
    const qs = [0, 1].map((b) => randMatrix(L, d, 10 + b));
    const ks = [0, 1].map((b) => randMatrix(S, d, 20 + b));
    const vs = [0, 1].map((b) => randMatrix(S, dv, 30 + b));
    const [q, k, v] = [tf.tensor3d(qs), tf.tensor3d(ks), tf.tensor3d(vs)];
    const check = snapshot([q, k, v]);
    const { output } = linearAttention(q, k, v);
    expect(output.shape).toEqual([B, L, dv]);
    expectClose(
      output,
      [0, 1].flatMap((b) => refLinear(qs[b], ks[b], vs[b], 1e-6).flat()),
    );
    check();
    tf.dispose([q, k, v, output]);
  });

  it('causal: row i uses only keys j <= i (prefix sums), with the given eps', () => {
    const [L, d, dv] = [6, 3, 2];
    const [qa, ka, va] = [randMatrix(L, d, 1), randMatrix(L, d, 2), randMatrix(L, dv, 3)];
    const [q, k, v] = [tf.tensor2d(qa), tf.tensor2d(ka), tf.tensor2d(va)];
    const { output } = linearAttention(q, k, v, { causal: true, eps: 0.5 });
    expectClose(output, refLinear(qa, ka, va, 0.5, (i) => i + 1).flat());
    // The first row sees one key: its output is v_0 scaled by w / (w + eps).
    const w0 = ka[0].reduce((s, x, c) => s + phi(qa[0][c]) * phi(x), 0);
    expect(output.dataSync()[0]).toBeCloseTo((va[0][0] * w0) / (w0 + 0.5), 5);
    tf.dispose([q, k, v, output]);
  });

  it('averages v when every kernel weight is equal (q = 0, identical keys)', () => {
    const q = tf.zeros([2, 3]);
    const k = tf.ones([4, 3]);
    const v = tf.tensor2d([[1], [2], [3], [6]]);
    const { output } = linearAttention(q, k, v, { eps: 0 });
    expectClose(output, [3, 3]);
    const causal = linearAttention(tf.zeros([4, 3]), k, v, { causal: true, eps: 0 });
    expectClose(causal.output, [1, 1.5, 2, 3]);
    tf.dispose([q, k, v, output]);
    disposeAll(causal);
  });

  it('throws clear errors, leaking nothing', () => {
    const q = tf.zeros([3, 4]);
    const k = tf.zeros([5, 4]);
    const v = tf.zeros([5, 2]);
    const shortV = tf.zeros([4, 2]);
    const mask = tf.zeros([3, 5], 'bool');
    expectNoLeak(() => {
      expect(() => linearAttention(q, k, v, { causal: true })).toThrow(
        'linearAttention: q has shape [3,4] and k [5,4] but expected L = S for causal (query i is position i)',
      );
      expect(() => linearAttention(q, k, shortV)).toThrow(
        'linearAttention: v has shape [4,2] but expected [..., S, dv] with [..., S] = [5] to match k [5,4]',
      );
      expect(() => linearAttention(q, k, v, { eps: -1 })).toThrow(
        'linearAttention: eps is -1 but expected a number >= 0',
      );
      expect(() => linearAttention(q, k, v, { mask } as never)).toThrow(
        'linearAttention: mask is set but expected no mask option (linear attention takes { causal?, eps? })',
      );
    });
    tf.dispose([q, k, v, shortV, mask]);
  });
});
