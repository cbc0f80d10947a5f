import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { attentionPooling as pool } from './attentionPooling';
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

const [T, H] = [4, 3];
const hA = [randMatrix(T, H, 1), randMatrix(T, H, 2)];
const w = rand(H, 3);
const params = () => ({ weight: tf.tensor2d([w]), bias: tf.tensor1d([0.3]) });

function ref(b: number, pad: (t: number) => boolean = () => false) {
  const weights = refSoftmax(
    hA[b].map((x) => dot(w, x) + 0.3),
    pad,
  );
  return {
    weights,
    context: [0, 1, 2].map((c) => weights.reduce((s, wt, t) => s + wt * hA[b][t][c], 0)),
  };
}

describe('attentionPooling', () => {
  it('softmax over time of hidden W^T + b, then the weighted sum', () => {
    const got = pool(tf.tensor3d(hA), params());
    expectClose(
      got.weights,
      [0, 1].flatMap((b) => ref(b).weights),
    );
    expectClose(
      got.context,
      [0, 1].flatMap((b) => ref(b).context),
    );
  });

  it('padding steps get weight 0; one open step gets weight exactly 1; batch 1 and T = 1 work', () => {
    const mask = [
      [false, false, true, true],
      [true, true, true, false],
    ];
    const got = pool(tf.tensor3d(hA), params(), { mask: tf.tensor2d(mask) });
    expectClose(got.weights, [
      ...ref(0, (t) => mask[0][t]).weights,
      ...ref(1, (t) => mask[1][t]).weights,
    ]);
    expect(Array.from(got.weights.dataSync()).slice(4)).toEqual([0, 0, 0, 1]);
    expectClose(got.context, [...ref(0, (t) => mask[0][t]).context, ...hA[1][3]]);
    const one = pool(tf.tensor3d([[hA[0][0]]]), params());
    expect(Array.from(one.weights.dataSync())).toEqual([1]);
  });

  it('rejects bad input with messages naming function, argument and shapes', () => {
    const x = tf.tensor3d(hA);
    expect(() => pool(x, { weight: tf.zeros([1, 4]) })).toThrow(
      'attentionPooling: weight has shape [1,4] but expected [1, H] = [1,3]',
    );
    expect(() => pool(x, params(), { mask: tf.zeros([2, 3], 'bool') })).toThrow(
      /attentionPooling: mask has shape \[2,3\] but expected a shape broadcastable to \[B, T\] = \[2,4\]/,
    );
    expect(() => pool(x, params(), { mask: tf.tensor2d([[1, 0, 0, 0]]) })).toThrow(
      /attentionPooling: mask has dtype float32 but expected bool/,
    );
    expect(() =>
      pool(x, params(), {
        mask: tf.tensor2d([
          [false, false, false, false],
          [true, true, true, true],
        ]),
      }),
    ).toThrow(/attentionPooling: mask blocks every key for row \[1\] of weights \[2,4\]/);
  });

  it('leaks nothing, even when it throws, and leaves inputs untouched', () => {
    const x = tf.tensor3d(hA);
    const p = params();
    const full = tf.ones([2, 4], 'bool');
    const check = snapshot([x, p.weight]);
    expectNoLeak(() => disposeAll(pool(x, p)));
    expectNoLeak(() => expect(() => pool(x, p, { mask: full })).toThrow(/every key/));
    check();
  });
});
