import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { channelAttention as channel } from './channelAttention';
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

const [N, C, H, W, R] = [2, 4, 2, 3, 2];
const x = rand(N * C * H * W, 1);
const w1 = randMatrix(R, C, 2);
const b1 = rand(R, 3);
const w2 = randMatrix(C, R, 4);
const b2 = rand(C, 5);
const params = () => ({
  fc1Weight: tf.tensor2d(w1),
  fc1Bias: tf.tensor1d(b1),
  fc2Weight: tf.tensor2d(w2),
  fc2Bias: tf.tensor1d(b2),
});

describe('channelAttention', () => {
  it('squeeze-and-excitation matches a loop reference', () => {
    const got = channel(tf.tensor(x, [N, C, H, W]), params());
    const weights = [0, 1].flatMap((n) => {
      const pooled = Array.from({ length: C }, (_, c) => {
        const start = (n * C + c) * H * W;
        return x.slice(start, start + H * W).reduce((s, v) => s + v, 0) / (H * W);
      });
      const hidden = refLinear(pooled, w1, b1).map((v) => Math.max(0, v));
      return refLinear(hidden, w2, b2).map(sigmoid);
    });
    expectClose(got.weights, weights);
    expectClose(
      got.output,
      x.map((v, i) => v * weights[Math.floor(i / (H * W))]),
    );
  });

  it('works for a 1x1 image and batch 1', () => {
    const got = channel(tf.tensor(x.slice(0, C), [1, C, 1, 1]), params());
    const hidden = refLinear(x.slice(0, C), w1, b1).map((v) => Math.max(0, v));
    expectClose(got.weights, refLinear(hidden, w2, b2).map(sigmoid));
  });

  it('rejects bad input with messages naming function, argument and shapes', () => {
    const t = tf.tensor(x, [N, C, H, W]);
    expect(() => channel(t, { ...params(), fc1Weight: tf.zeros([2, 3]) })).toThrow(
      'channelAttention: fc1Weight has shape [2,3] but expected [C/r, C] = [2,4]',
    );
    expect(() => channel(t, { ...params(), fc2Weight: tf.zeros([4, 3]) })).toThrow(
      'channelAttention: fc2Weight has shape [4,3] but expected [C, C/r] = [4,2]',
    );
    expect(() => channel(tf.zeros([4, 2, 3]), params())).toThrow(
      /channelAttention: x has shape \[4,2,3\] \(rank 3\) but expected rank 4/,
    );
    expect(() => channel(tf.fill([N, C, H, W], NaN), params())).toThrow(
      /channelAttention: x contains NaN/,
    );
  });

  it('leaks nothing, even when it throws, and leaves inputs untouched', () => {
    const t = tf.tensor(x, [N, C, H, W]);
    const p = params();
    const nan = tf.fill([N, C, H, W], NaN);
    const check = snapshot([t, p.fc1Weight]);
    expectNoLeak(() => disposeAll(channel(t, p)));
    expectNoLeak(() => expect(() => channel(nan, p)).toThrow(/NaN/));
    check();
  });
});
