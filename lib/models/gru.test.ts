import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import {
  disposeAll,
  expectClose,
  expectNoLeak,
  rand,
  randMatrix,
  refLinear,
  setupCpuBackend,
  sigmoid,
  snapshot,
} from '@/lib/testing/testUtils';
import { gru } from './gru';

setupCpuBackend();

/** nn.GRU written out as plain loops over one sequence: x [T][I], weights [3H][.]. */
function refGru(
  x: number[][],
  wIh: number[][],
  wHh: number[][],
  bIh: number[],
  bHh: number[],
  h0: number[],
): number[][] {
  const H = h0.length;
  let h = h0.slice();
  const out: number[][] = [];
  for (const xt of x) {
    const gi = refLinear(xt, wIh, bIh);
    const gh = refLinear(h, wHh, bHh);
    const next: number[] = [];
    for (let u = 0; u < H; u++) {
      const r = sigmoid(gi[u] + gh[u]);
      const z = sigmoid(gi[H + u] + gh[H + u]);
      const n = Math.tanh(gi[2 * H + u] + r * gh[2 * H + u]);
      next.push((1 - z) * n + z * h[u]);
    }
    h = next;
    out.push(h);
  }
  return out;
}

describe('gru', () => {
  it('matches a value worked out by hand', () => {
    // Only W_in is non-zero: r = z = 1/2, so h1 = tanh(1) / 2 and h2 = h1 / 2 (n = 0 at x = 0).
    const params = {
      weightIh: tf.tensor2d([[0], [0], [1]]),
      weightHh: tf.tensor2d([[0], [0], [0]]),
    };
    const x = tf.tensor3d([[[1], [0]]]);
    const got = gru(x, params);
    const h1 = Math.tanh(1) / 2;
    expectClose(got.output, [h1, h1 / 2]);
    expectClose(got.h, [h1 / 2]);
    expect(got.output.shape).toEqual([1, 2, 1]);
    disposeAll(got);
    tf.dispose([x, params.weightIh, params.weightHh]);
  });

  it('agrees with a plain-loop nn.GRU on a batch, with biases and an initial state', () => {
    const [B, T, I, H] = [2, 4, 3, 2];
    const xs = [randMatrix(T, I, 1), randMatrix(T, I, 2)];
    const wIh = randMatrix(3 * H, I, 3);
    const wHh = randMatrix(3 * H, H, 4);
    const bIh = rand(3 * H, 5);
    const bHh = rand(3 * H, 6);
    const h0 = [rand(H, 7), rand(H, 8)];
    const x = tf.tensor3d(xs);
    const params = {
      weightIh: tf.tensor2d(wIh),
      weightHh: tf.tensor2d(wHh),
      biasIh: tf.tensor1d(bIh),
      biasHh: tf.tensor1d(bHh),
    };
    const h0t = tf.tensor2d(h0);
    const unchanged = snapshot([x, h0t, ...Object.values(params)]);
    expectNoLeak(() => {
      const got = gru(x, params, { h0: h0t });
      const want = [0, 1].map((b) => refGru(xs[b], wIh, wHh, bIh, bHh, h0[b]));
      expect(got.output.shape).toEqual([B, T, H]);
      expectClose(got.output, want.flat(2));
      expectClose(
        got.h,
        want.flatMap((seq) => seq[T - 1]),
      );
      disposeAll(got);
    });
    unchanged();
    tf.dispose([x, h0t, ...Object.values(params)]);
  });

  it('throws naming the argument and both shapes', () => {
    const x = tf.zeros([1, 2, 3]);
    const bad = { weightIh: tf.zeros([6, 4]), weightHh: tf.zeros([6, 2]) };
    const flat = tf.zeros([2, 3]);
    expectNoLeak(() => {
      expect(() => gru(x, bad)).toThrow(
        /gru: weightIh has shape \[6,4\] but expected \[3H, I\] = \[6,3\]/,
      );
      expect(() => gru(flat, bad)).toThrow(/gru: x has shape \[2,3\].*rank 3/);
    });
    const lstmLike = { weightIh: tf.zeros([8, 3]), weightHh: tf.zeros([8, 2]) };
    expect(() => gru(x, lstmLike)).toThrow(
      /gru: weightHh has shape \[8,2\] but expected \[3H, H\]/,
    );
    tf.dispose([x, flat, ...Object.values(bad), ...Object.values(lstmLike)]);
  });
});
