import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { broadcastsTo, causalMask, maskedSoftmax } from './masking';
import { stableSoftmax } from './softmax';
import { expectClose, expectNoLeak, refSoftmax, setupCpuBackend } from '@/lib/testing/testUtils';

setupCpuBackend();

describe('stableSoftmax', () => {
  it('stays finite for huge logits and gives -Infinity exactly 0', () => {
    const w = stableSoftmax(
      tf.tensor2d([
        [1e4, 1e4 - 1, -1e4],
        [-Infinity, 0, 0],
      ]),
    );
    expectClose(w, [...refSoftmax([1, 0, -2e4]), 0, 0.5, 0.5]);
    expect(Array.from(w.dataSync()).every(Number.isFinite)).toBe(true);
    expect(w.dataSync()[3]).toBe(0);
  });

  it('works on rank 1 and rank 3', () => {
    expectClose(stableSoftmax(tf.tensor1d([0, Math.log(3)])), [0.25, 0.75]);
    expectClose(stableSoftmax(tf.tensor3d([[[0, Math.log(3)]], [[1, 1]]])), [0.25, 0.75, 0.5, 0.5]);
  });
});

describe('masking helpers', () => {
  it('causalMask blocks j > i, top-left aligned for L != S', () => {
    // bool tensors read back as 0/1.
    expect(causalMask(2, 4).arraySync()).toEqual([
      [0, 1, 1, 1],
      [0, 0, 1, 1],
    ]);
    expect(causalMask(3, 2).arraySync()).toEqual([
      [0, 1],
      [0, 0],
      [0, 0],
    ]);
  });

  it('broadcastsTo follows right-aligned broadcasting', () => {
    expect(broadcastsTo([4, 5], [2, 4, 5])).toBe(true);
    expect(broadcastsTo([2, 1, 5], [2, 4, 5])).toBe(true);
    expect(broadcastsTo([3, 5], [2, 4, 5])).toBe(false);
    expect(broadcastsTo([1, 2, 4, 5], [2, 4, 5])).toBe(false);
  });

  it('maskedSoftmax throws on a fully blocked row without leaking, and names the row', () => {
    const logits = tf.tensor3d([
      [
        [1, 2],
        [3, 4],
      ],
      [
        [5, 6],
        [7, 8],
      ],
    ]);
    const blocked = tf.tensor3d([
      [
        [false, true],
        [false, false],
      ],
      [
        [false, false],
        [true, true],
      ],
    ]);
    expectNoLeak(() =>
      expect(() => maskedSoftmax('op', logits, blocked, 'mask')).toThrow(
        'op: mask blocks every key for row [1,1] of weights [2,2,2] but expected at least one unblocked key per row',
      ),
    );
    const lastBlocked = tf.tensor2d([[false, true]]);
    expectNoLeak(() => {
      const { masked, weights } = maskedSoftmax('op', logits, lastBlocked, 'mask');
      expect(Array.from(weights.dataSync())).toEqual([1, 0, 1, 0, 1, 0, 1, 0]);
      expect(masked.dataSync()[1]).toBe(-Infinity);
      tf.dispose([masked, weights]);
    });
  });
});
