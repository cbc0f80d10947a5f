import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { scaledDotProductAttention as sdpa } from './scaledDotProductAttention';
import {
  disposeAll,
  expectClose,
  expectNoLeak,
  randMatrix,
  refAttention,
  snapshot,
  setupCpuBackend,
} from '@/lib/testing/testUtils';

setupCpuBackend();

const flat = (m: number[][]) => m.flat();

describe('scaledDotProductAttention', () => {
  it('matches a loop reference for rank 3 with the default 1/sqrt(d) scale', () => {
    const [L, S, d, dv] = [3, 4, 8, 5];
    const qs = [0, 1].map((b) => randMatrix(L, d, 10 + b));
    const ks = [0, 1].map((b) => randMatrix(S, d, 20 + b));
    const vs = [0, 1].map((b) => randMatrix(S, dv, 30 + b));
    const q = tf.tensor3d(qs);
    const k = tf.tensor3d(ks);
    const v = tf.tensor3d(vs);
    const { output, weights } = sdpa(q, k, v);
    const refs = [0, 1].map((b) => refAttention(qs[b], ks[b], vs[b], 1 / Math.sqrt(d)));
    expect(output.shape).toEqual([2, L, dv]);
    expectClose(
      weights,
      refs.flatMap((r) => flat(r.weights)),
    );
    expectClose(
      output,
      refs.flatMap((r) => flat(r.output)),
    );
    tf.dispose([q, k, v, output, weights]);
  });

  it('gives the same answer for rank 2 as for rank 3 with a batch of 1', () => {
    const [qa, ka, va] = [randMatrix(2, 4, 1), randMatrix(3, 4, 2), randMatrix(3, 2, 3)];
    const two = sdpa(tf.tensor2d(qa), tf.tensor2d(ka), tf.tensor2d(va));
    const three = sdpa(tf.tensor3d([qa]), tf.tensor3d([ka]), tf.tensor3d([va]));
    expect(two.output.shape).toEqual([2, 2]);
    expect(three.output.shape).toEqual([1, 2, 2]);
    expectClose(two.output, Array.from(three.output.dataSync()));
    expectClose(two.weights, Array.from(three.weights.dataSync()));
  });

  it('handles 4-D inputs [B, H, L, d] with a mask broadcast from [L, S]', () => {
    const [B, H, L, S, d] = [2, 3, 2, 4, 4];
    const blocked = [
      [false, true, false, false],
      [true, false, false, true],
    ];
    const q = randMatrix(B * H * L, d, 5);
    const k = randMatrix(B * H * S, d, 6);
    const v = randMatrix(B * H * S, d, 7);
    const got = sdpa(
      tf.tensor(q.flat(), [B, H, L, d]),
      tf.tensor(k.flat(), [B, H, S, d]),
      tf.tensor(v.flat(), [B, H, S, d]),
      {
        mask: tf.tensor2d(blocked),
        scale: 0.7,
      },
    );
    const want: number[] = [];
    for (let bh = 0; bh < B * H; bh++) {
      const r = refAttention(
        q.slice(bh * L, bh * L + L),
        k.slice(bh * S, bh * S + S),
        v.slice(bh * S, bh * S + S),
        0.7,
        (i, j) => blocked[i][j],
      );
      want.push(...flat(r.output));
    }
    expect(got.weights.shape).toEqual([B, H, L, S]);
    expectClose(got.output, want);
  });

  it.each([
    [3, 5],
    [5, 3],
  ])('causal with L=%i, S=%i blocks j > i, top-left aligned', (L, S) => {
    const [qa, ka, va] = [randMatrix(L, 4, 8), randMatrix(S, 4, 9), randMatrix(S, 3, 10)];
    const { weights, output } = sdpa(tf.tensor2d(qa), tf.tensor2d(ka), tf.tensor2d(va), {
      causal: true,
    });
    const ref = refAttention(qa, ka, va, 0.5, (i, j) => j > i);
    expectClose(weights, flat(ref.weights));
    expectClose(output, flat(ref.output));
    const w = weights.arraySync() as number[][];
    expect(w[0].slice(1).every((x) => x === 0)).toBe(true);
  });

  it('keeps huge logits (1e4) finite and picks the largest', () => {
    const q = tf.tensor2d([[1e4, 0]]);
    const k = tf.tensor2d([
      [1, 0],
      [0.9, 0],
      [-1, 0],
    ]);
    const v = tf.tensor2d([[1], [2], [3]]);
    const { weights, output } = sdpa(q, k, v, { scale: 1 });
    expect(Array.from(weights.dataSync())).toEqual([1, 0, 0]);
    expectClose(output, [1]);
  });

  it('gives weight exactly 1 to the one key a mask leaves open, and sequence length 1 works', () => {
    const v = tf.tensor3d([
      [
        [1, 2],
        [3, 4],
        [5, 6],
      ],
    ]);
    const mask = tf.tensor3d([[[true, false, true]]], [1, 1, 3], 'bool');
    const { weights, output } = sdpa(
      tf.tensor3d([[[9, -9]]]),
      tf.tensor3d([
        [
          [1, 1],
          [50, 2],
          [3, 3],
        ],
      ]),
      v,
      { mask },
    );
    expect(Array.from(weights.dataSync())).toEqual([0, 1, 0]);
    expect(Array.from(output.dataSync())).toEqual([3, 4]);
    const one = sdpa(tf.tensor3d([[[0.3]]]), tf.tensor3d([[[0.7]]]), tf.tensor3d([[[5]]]));
    expect(Array.from(one.weights.dataSync())).toEqual([1]);
    expect(Array.from(one.output.dataSync())).toEqual([5]);
  });

  it('treats padded keys (mask [B, 1, S]) as absent', () => {
    const [qa, ka, va] = [randMatrix(2, 3, 11), randMatrix(4, 3, 12), randMatrix(4, 2, 13)];
    const padded = sdpa(tf.tensor3d([qa]), tf.tensor3d([ka]), tf.tensor3d([va]), {
      mask: tf.tensor3d([[[false, false, true, true]]], [1, 1, 4], 'bool'),
    });
    const short = sdpa(
      tf.tensor3d([qa]),
      tf.tensor3d([ka.slice(0, 2)]),
      tf.tensor3d([va.slice(0, 2)]),
    );
    expectClose(padded.output, Array.from(short.output.dataSync()));
  });

  it('rejects bad input with messages naming function, argument and shapes', () => {
    const q = tf.zeros([2, 4, 8]);
    const k = tf.zeros([2, 5, 8]);
    const v = tf.zeros([2, 5, 6]);
    expect(() => sdpa(q, tf.zeros([2, 5, 7]), v)).toThrow(
      'scaledDotProductAttention: k has shape [2,5,7] but expected last dim 8 to match q [2,4,8]',
    );
    expect(() => sdpa(tf.zeros([8]), k, v)).toThrow(
      /^scaledDotProductAttention: q has shape \[8\] but expected rank >= 2/,
    );
    expect(() => sdpa(q, k, tf.zeros([2, 4, 6]))).toThrow(
      /scaledDotProductAttention: v has shape \[2,4,6\].*\[2,5\]/,
    );
    expect(() => sdpa(q, tf.zeros([3, 5, 8]), v)).toThrow(
      /k has shape \[3,5,8\] but expected leading dims \[2\]/,
    );
    expect(() => sdpa(q, k, v, { mask: tf.zeros([4, 5]) })).toThrow(
      /scaledDotProductAttention: mask has dtype float32 but expected bool/,
    );
    expect(() => sdpa(q, k, v, { mask: tf.zeros([3, 5], 'bool') })).toThrow(
      /scaledDotProductAttention: mask has shape \[3,5\] but expected a shape broadcastable to \[\.\.\., L, S\] = \[2,4,5\]/,
    );
    expect(() => sdpa(q, k, v, { mask: tf.ones([4, 5], 'bool') })).toThrow(
      /scaledDotProductAttention: mask blocks every key for row \[0,0\] of weights \[2,4,5\]/,
    );
    expect(() => sdpa(tf.fill([2, 4, 8], NaN), k, v)).toThrow(
      /scaledDotProductAttention: q contains NaN/,
    );
    expect(() => sdpa(q, k, v, { scale: NaN })).toThrow(
      /scaledDotProductAttention: scale is NaN but expected a finite number/,
    );
  });

  it('leaks nothing, even when it throws, and leaves inputs untouched', () => {
    const q = tf.tensor3d([randMatrix(3, 4, 1)]);
    const k = tf.tensor3d([randMatrix(3, 4, 2)]);
    const v = tf.tensor3d([randMatrix(3, 4, 3)]);
    const allBlocked = tf.tensor2d([
      [true, true, true],
      [false, false, false],
      [false, false, false],
    ]);
    const nan = tf.tensor3d([[[NaN, 0, 0, 0]]]);
    const check = snapshot([q, k, v]);
    expectNoLeak(() => disposeAll(sdpa(q, k, v, { causal: true })));
    expectNoLeak(() => expect(() => sdpa(q, k, v, { mask: allBlocked })).toThrow(/every key/));
    expectNoLeak(() => expect(() => sdpa(nan, k, v)).toThrow(/NaN/));
    check();
  });
});
