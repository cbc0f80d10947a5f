import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { additiveAttention as additive } from './additiveAttention';
import {
  disposeAll,
  dot,
  expectClose,
  expectNoLeak,
  rand,
  randMatrix,
  refLinear,
  refSoftmax,
  snapshot,
  setupCpuBackend,
} from '@/lib/testing/testUtils';

setupCpuBackend();

const [L, S, dq, dk, dv, h] = [2, 3, 4, 5, 2, 6];
const qA = [randMatrix(L, dq, 1), randMatrix(L, dq, 2)];
const kA = [randMatrix(S, dk, 3), randMatrix(S, dk, 4)];
const vA = [randMatrix(S, dv, 5), randMatrix(S, dv, 6)];
const wq = randMatrix(h, dq, 7);
const wk = randMatrix(h, dk, 8);
const vv = rand(h, 9);
const params = () => ({ wq: tf.tensor2d(wq), wk: tf.tensor2d(wk), v: tf.tensor1d(vv) });
const inputs = () => [tf.tensor3d(qA), tf.tensor3d(kA), tf.tensor3d(vA)] as const;

function ref(b: number, blocked: (i: number, j: number) => boolean = () => false) {
  const weights = qA[b].map((q, i) => {
    const wqq = refLinear(q, wq);
    const scores = kA[b].map((k) => {
      const wkk = refLinear(k, wk);
      return dot(
        vv,
        wqq.map((x, n) => Math.tanh(x + wkk[n])),
      );
    });
    return refSoftmax(scores, (j) => blocked(i, j));
  });
  const output = weights.map((w) =>
    [0, 1].map((c) => w.reduce((s, wj, j) => s + wj * vA[b][j][c], 0)),
  );
  return { weights, output };
}

describe('additiveAttention', () => {
  it('matches score = v . tanh(Wq q + Wk k) computed with loops', () => {
    const got = additive(...inputs(), params());
    expect(got.weights.shape).toEqual([2, L, S]);
    expectClose(
      got.weights,
      [0, 1].flatMap((b) => ref(b).weights.flat()),
    );
    expectClose(
      got.output,
      [0, 1].flatMap((b) => ref(b).output.flat()),
    );
  });

  it('applies a [B, L, S] mask and a mask broadcast over queries (padding)', () => {
    const m = [
      [
        [false, true, false],
        [true, true, false],
      ],
      [
        [false, false, false],
        [false, true, true],
      ],
    ];
    const got = additive(...inputs(), params(), { mask: tf.tensor3d(m) });
    expectClose(
      got.weights,
      [0, 1].flatMap((b) => ref(b, (i, j) => m[b][i][j]).weights.flat()),
    );
    const onlyLast = [[[true, true, false]], [[true, true, false]]];
    const pad = additive(...inputs(), params(), { mask: tf.tensor3d(onlyLast) });
    expect(Array.from(pad.weights.dataSync())).toEqual([0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1]);
    expectClose(pad.output, [vA[0][2], vA[0][2], vA[1][2], vA[1][2]].flat());
  });

  it('rejects bad input with messages naming function, argument and shapes', () => {
    const [q, k, v] = inputs();
    const p = params();
    expect(() => additive(q, k, v, { ...p, wk: tf.zeros([6, 4]) })).toThrow(
      'additiveAttention: wk has shape [6,4] but expected [h, dk] = [6,5]',
    );
    expect(() => additive(q, k, tf.zeros([2, 4, 2]), p)).toThrow(
      /additiveAttention: values has shape \[2,4,2\] but expected .*S = 3.*keys \[2,3,5\]/,
    );
    expect(() => additive(q, k, v, p, { mask: tf.zeros([2, 2, 3]) })).toThrow(
      /additiveAttention: mask has dtype float32 but expected bool/,
    );
    expect(() => additive(q, k, v, p, { mask: tf.ones([2, 2, 3], 'bool') })).toThrow(
      /additiveAttention: mask blocks every key for row \[0,0\] of weights \[2,2,3\]/,
    );
    expect(() => additive(q, k, v, { ...p, v: tf.tensor1d([NaN, 0, 0, 0, 0, 0]) })).toThrow(
      /additiveAttention: v contains NaN/,
    );
  });

  it('leaks nothing, even when it throws, and leaves inputs untouched', () => {
    const [q, k, v] = inputs();
    const p = params();
    const full = tf.ones([2, 2, 3], 'bool');
    const check = snapshot([q, k, v, p.wq]);
    expectNoLeak(() => disposeAll(additive(q, k, v, p)));
    expectNoLeak(() => expect(() => additive(q, k, v, p, { mask: full })).toThrow(/every key/));
    check();
  });
});
