import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { spatialAttention as spatial } from './spatialAttention';
import {
  disposeAll,
  expectClose,
  expectNoLeak,
  rand,
  sigmoid,
  snapshot,
  setupCpuBackend,
} from '@/lib/testing/testUtils';

setupCpuBackend();

/** CBAM spatial attention with explicit loops over NCHW and zero padding k/2. */
function ref(x: number[], [N, C, H, W]: number[], weight: number[], bias: number, k: number) {
  const at = (n: number, c: number, i: number, j: number) => x[((n * C + c) * H + i) * W + j];
  const p = (k - 1) / 2;
  const weights: number[] = [];
  for (let n = 0; n < N; n++) {
    const maps = [0, 1].map((m) =>
      Array.from({ length: H * W }, (_, idx) => {
        const vals = Array.from({ length: C }, (__, c) => at(n, c, Math.floor(idx / W), idx % W));
        return m === 0 ? vals.reduce((s, v) => s + v, 0) / C : Math.max(...vals);
      }),
    );
    for (let i = 0; i < H; i++)
      for (let j = 0; j < W; j++) {
        let s = bias;
        for (let m = 0; m < 2; m++)
          for (let a = 0; a < k; a++)
            for (let b = 0; b < k; b++) {
              const [ii, jj] = [i + a - p, j + b - p];
              if (ii >= 0 && ii < H && jj >= 0 && jj < W)
                s += weight[(m * k + a) * k + b] * maps[m][ii * W + jj];
            }
        weights.push(sigmoid(s));
      }
  }
  const output = x.map((v, idx) => {
    const n = Math.floor(idx / (C * H * W));
    return v * weights[n * H * W + (idx % (H * W))];
  });
  return { weights, output };
}

describe('spatialAttention', () => {
  it.each([
    [[2, 3, 4, 5], 3],
    [[1, 2, 3, 3], 5],
    [[1, 1, 1, 1], 1],
  ])('matches a loop reference for x %j with kernel %i', (shape, k) => {
    const x = rand(
      shape.reduce((a, b) => a * b),
      1,
    );
    const w = rand(2 * k * k, 2);
    const got = spatial(
      tf.tensor(x, shape),
      { weight: tf.tensor(w, [1, 2, k, k]), bias: tf.tensor1d([0.1]) },
      { kernelSize: k },
    );
    const want = ref(x, shape, w, 0.1, k);
    expect(got.weights.shape).toEqual([shape[0], 1, shape[2], shape[3]]);
    expectClose(got.weights, want.weights);
    expectClose(got.output, want.output);
  });

  it('rejects bad input with messages naming function, argument and shapes', () => {
    const x = tf.zeros([1, 2, 4, 4]);
    const weight = tf.zeros([1, 2, 3, 3]);
    expect(() => spatial(x, { weight: tf.zeros([1, 2, 4, 4]) }, { kernelSize: 4 })).toThrow(
      /spatialAttention: kernelSize is 4 but expected an odd number/,
    );
    expect(() => spatial(x, { weight }, { kernelSize: 5 })).toThrow(
      'spatialAttention: weight has shape [1,2,3,3] but expected [1, 2, k, k] = [1,2,5,5]',
    );
    expect(() => spatial(tf.zeros([2, 4, 4]), { weight }, { kernelSize: 3 })).toThrow(
      /spatialAttention: x has shape \[2,4,4\] \(rank 3\) but expected rank 4 \[N, C, H, W\]/,
    );
    expect(() => spatial(x, { weight, bias: tf.zeros([2]) }, { kernelSize: 3 })).toThrow(
      'spatialAttention: bias has shape [2] but expected [1] = [1]',
    );
    expect(() => spatial(x, { weight: tf.fill([1, 2, 3, 3], NaN) }, { kernelSize: 3 })).toThrow(
      /spatialAttention: weight contains NaN/,
    );
  });

  it('leaks nothing, even when it throws, and leaves inputs untouched', () => {
    const x = tf.tensor(rand(32, 3), [1, 2, 4, 4]);
    const weight = tf.tensor(rand(18, 4), [1, 2, 3, 3]);
    const check = snapshot([x, weight]);
    expectNoLeak(() => disposeAll(spatial(x, { weight }, { kernelSize: 3 })));
    expectNoLeak(() => expect(() => spatial(x, { weight }, { kernelSize: 2 })).toThrow(/odd/));
    check();
  });
});
