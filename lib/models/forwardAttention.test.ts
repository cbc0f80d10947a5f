import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import {
  expectClose,
  expectNoLeak,
  randMatrix,
  refSoftmax,
  setupCpuBackend,
  snapshot,
} from '@/lib/testing/testUtils';
import { forwardAttention } from './forwardAttention';

setupCpuBackend();

/** The recursion written as plain loops for one sequence: y [T][N]. */
function refForward(y: number[][], u: number): number[][] {
  const N = y[0].length;
  let prev: number[] = Array.from({ length: N }, (_, n) => (n === 0 ? 1 : 0));
  return y.map((yt) => {
    const hat = yt.map((p, n) => ((1 - u) * prev[n] + u * (n > 0 ? prev[n - 1] : 0)) * p);
    const sum = hat.reduce((a, b) => a + b, 0);
    prev = hat.map((v) => v / sum);
    return prev;
  });
}

describe('forwardAttention', () => {
  it('spreads forward one position per step under uniform content weights (worked by hand)', () => {
    // a1 = [1, 1, 0] / 2, a2 = [1, 2, 1] / 4, a3 = [1, 3, 3] / 7.
    const y = tf.fill([3, 3], 1 / 3);
    expectNoLeak(() => {
      const { alignment } = forwardAttention(y);
      expect(alignment.shape).toEqual([3, 3]);
      expectClose(alignment, [0.5, 0.5, 0, 0.25, 0.5, 0.25, 1 / 7, 3 / 7, 3 / 7]);
      alignment.dispose();
    });
    y.dispose();
  });

  it('agrees with a plain-loop recursion on a batch, with another advance probability', () => {
    const [B, T, N] = [2, 5, 4];
    const ys = [0, 1].map((b) => randMatrix(T, N, 10 + b).map((row) => refSoftmax(row)));
    const y = tf.tensor3d(ys);
    const unchanged = snapshot([y]);
    expectNoLeak(() => {
      const { alignment } = forwardAttention(y, { advance: 0.3 });
      expect(alignment.shape).toEqual([B, T, N]);
      expectClose(
        alignment,
        ys.flatMap((seq) => refForward(seq, 0.3).flat()),
      );
      alignment.dispose();
    });
    unchanged();
    y.dispose();
  });

  it('never moves back, even when the content weights point back', () => {
    // Step 2 puts all content weight on position 0 and 2; the alignment has reached 1 and 2.
    const y = tf.tensor2d([
      [0.1, 0.8, 0.1],
      [0.5, 0.0, 0.5],
    ]);
    const { alignment } = forwardAttention(y);
    const second = Array.from(alignment.dataSync()).slice(3);
    // a1 = [0.1, 0.8, 0] / 0.9; reach2 = [0.1, 0.9, 0.8] / 1.8; times y = [0.05, 0, 0.4].
    expectClose(tf.tensor1d(second), [0.05 / 0.45, 0, 0.4 / 0.45]);
    tf.dispose([y, alignment]);
  });

  it('throws with the step when no reachable position has weight, and on bad input', () => {
    // After step 0 the alignment sits on position 0, so step 1 can reach only 0 and 1.
    const dead = tf.tensor2d([
      [1, 0, 0],
      [0, 0, 1],
    ]);
    const flat = tf.tensor1d([1]);
    const negative = tf.tensor2d([[1.5, -0.5]]);
    expectNoLeak(() => {
      expect(() => forwardAttention(dead)).toThrow(
        /forwardAttention: contentWeights gives zero weight at step 1/,
      );
      expect(() => forwardAttention(flat)).toThrow(
        /forwardAttention: contentWeights has shape \[1\] \(rank 1\)/,
      );
      expect(() => forwardAttention(negative)).toThrow(/negative entry/);
      expect(() => forwardAttention(negative, { advance: 1 })).toThrow(/advance is 1/);
    });
    tf.dispose([dead, flat, negative]);
  });
});
