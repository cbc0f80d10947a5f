import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { assertNoNaN, assertRank, assertShape, fmt } from './checks';
import { linear } from './linear';
import { expectClose, expectNoLeak, setupCpuBackend } from '@/lib/testing/testUtils';

setupCpuBackend();

describe('checks', () => {
  it('formats shapes and names function, argument and shapes', () => {
    expect(fmt([2, 3])).toBe('[2,3]');
    expect(() => assertRank('f', 'x', tf.zeros([2]), 3, '[B, T, I]')).toThrow(
      'f: x has shape [2] (rank 1) but expected rank 3 [B, T, I]',
    );
    expect(() => assertShape('f', 'w', tf.zeros([2, 2]), [3, 2], '[3E, E]')).toThrow(
      'f: w has shape [2,2] but expected [3E, E] = [3,2]',
    );
    expect(() => assertRank('f', 'x', [1, 2], 1, '[N]')).toThrow(
      'f: x is a plain array but expected a tensor [N]',
    );
    expect(() => assertRank('f', 'x', tf.zeros([2], 'int32'), 1, '[N]')).toThrow(
      'f: x has dtype int32 but expected float32 [N]',
    );
  });

  it('assertNoNaN lists every argument holding NaN and disposes its temporaries when it throws', () => {
    const a = tf.tensor1d([1, NaN]);
    const b = tf.tensor1d([NaN]);
    const ok = tf.tensor1d([1]);
    expectNoLeak(() =>
      expect(() => tf.tidy(() => assertNoNaN('f', { a, ok, b }))).toThrow(
        'f: a, b contain NaN but expected finite numbers',
      ),
    );
    expectNoLeak(() => tf.tidy(() => assertNoNaN('f', { ok, none: undefined })));
  });
});

describe('linear', () => {
  it('computes x W^T + b over any leading dims', () => {
    const w = tf.tensor2d([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    const y = linear(tf.tensor3d([[[1, 1]], [[2, 0]]]), w, tf.tensor1d([0, 1, 2]));
    expect(y.shape).toEqual([2, 1, 3]);
    expectClose(y, [3, 8, 13, 2, 7, 12]);
    expectClose(linear(tf.tensor2d([[1, -1]]), w), [-1, -1, -1]);
  });
});
