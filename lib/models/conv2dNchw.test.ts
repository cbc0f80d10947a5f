import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { rand, setupCpuBackend } from '@/lib/testing/testUtils';
import { conv2dNchw } from './conv2dNchw';

setupCpuBackend();

/** nn.Conv2d forward as explicit loops over NCHW with zero padding. */
function ref(
  x: number[],
  [N, C, H, W]: number[],
  w: number[],
  [O, , KH, KW]: number[],
  b: number[] | undefined,
  pad: number,
  stride: number,
) {
  const Ho = Math.floor((H + 2 * pad - KH) / stride) + 1;
  const Wo = Math.floor((W + 2 * pad - KW) / stride) + 1;
  const out: number[] = [];
  for (let n = 0; n < N; n++)
    for (let o = 0; o < O; o++)
      for (let i = 0; i < Ho; i++)
        for (let j = 0; j < Wo; j++) {
          let s = b ? b[o] : 0;
          for (let c = 0; c < C; c++)
            for (let a = 0; a < KH; a++)
              for (let d = 0; d < KW; d++) {
                const ii = i * stride + a - pad;
                const jj = j * stride + d - pad;
                if (ii < 0 || ii >= H || jj < 0 || jj >= W) continue;
                s += w[((o * C + c) * KH + a) * KW + d] * x[((n * C + c) * H + ii) * W + jj];
              }
          out.push(s);
        }
  return { out, shape: [N, O, Ho, Wo] };
}

describe('conv2dNchw', () => {
  it.each([
    [[1, 1, 4, 4], [1, 1, 3, 3], 1, 1, false],
    [[2, 3, 5, 4], [2, 3, 3, 3], 1, 1, true],
    [[1, 2, 6, 6], [3, 2, 3, 3], 0, 2, true],
    [[1, 2, 4, 5], [2, 2, 1, 1], 0, 1, false],
  ])(
    'matches a loop reference: x %j, weight %j, padding %i, stride %i',
    (xs, ws, pad, stride, withBias) => {
      const x = rand(
        xs.reduce((a, b) => a * b),
        1,
      );
      const w = rand(
        ws.reduce((a, b) => a * b),
        2,
      );
      const b = withBias ? rand(ws[0], 3) : undefined;
      const before = tf.memory().numTensors;
      const [xt, wt] = [tf.tensor(x, xs), tf.tensor(w, ws)];
      const bt = b ? tf.tensor1d(b) : undefined;
      const y = conv2dNchw(xt, wt, bt, { padding: pad, stride });
      const want = ref(x, xs, w, ws, b, pad, stride);
      expect(y.shape).toEqual(want.shape);
      const got = Array.from(y.dataSync());
      got.forEach((v, i) => expect(v).toBeCloseTo(want.out[i], 5));
      tf.dispose([xt, wt, y, ...(bt ? [bt] : [])]);
      expect(tf.memory().numTensors).toBe(before);
    },
  );

  it('a 3x3 box kernel sums each pixel with its neighbours (hand count)', () => {
    const x = tf.ones([1, 1, 3, 3]);
    const w = tf.ones([1, 1, 3, 3]);
    const y = conv2dNchw(x, w, undefined, { padding: 1 });
    // Corners see 4 pixels, edges 6, the centre 9.
    expect(Array.from(y.dataSync())).toEqual([4, 6, 4, 6, 9, 6, 4, 6, 4]);
    tf.dispose([x, w, y]);
  });

  it('names the argument and the shapes when they do not fit', () => {
    const x = tf.ones([1, 4, 3, 3]);
    const w = tf.ones([1, 2, 3, 3]);
    const x3 = tf.ones([4, 3, 3]);
    const w4 = tf.ones([1, 4, 3, 3]);
    const b2 = tf.ones([2]);
    expect(() => conv2dNchw(x, w)).toThrow(
      /conv2dNchw: weight has shape \[1,2,3,3\].*x has 4 channels/,
    );
    expect(() => conv2dNchw(x3, w)).toThrow(
      /conv2dNchw: x has shape \[4,3,3\] \(rank 3\) but expected rank 4/,
    );
    expect(() => conv2dNchw(x, w4, b2)).toThrow(/bias has shape \[2\]/);
    expect(() => conv2dNchw(x, w4, undefined, { padding: -1 })).toThrow(/padding is -1/);
    tf.dispose([x, w, x3, w4, b2]);
  });
});
