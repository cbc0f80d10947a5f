import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { attentionSteps } from './attentionSteps';
import { scaledDotProductAttention } from './scaledDotProductAttention';
import {
  disposeAll,
  dot,
  expectClose,
  expectNoLeak,
  randMatrix,
  refAttention,
  snapshot,
  setupCpuBackend,
} from '@/lib/testing/testUtils';

setupCpuBackend();

describe('attentionSteps', () => {
  const qa = randMatrix(3, 4, 1);
  const ka = randMatrix(4, 4, 2);
  const va = randMatrix(4, 2, 3);
  const blocked = (i: number, j: number) => j > i + 1; // causal with the diagonal shifted by one

  it('returns each intermediate: scores, scaled, masked (-Infinity when blocked), weights, output', () => {
    const mask = tf.tensor2d(qa.map((_, i) => ka.map((__, j) => blocked(i, j))));
    const steps = attentionSteps(tf.tensor2d(qa), tf.tensor2d(ka), tf.tensor2d(va), {
      mask,
      scale: 0.25,
    });
    const scores = qa.flatMap((qi) => ka.map((kj) => dot(qi, kj)));
    expectClose(steps.scores, scores);
    expectClose(
      steps.scaled,
      scores.map((s) => s * 0.25),
    );
    const masked = Array.from(steps.masked.dataSync());
    masked.forEach((m, idx) => {
      const [i, j] = [Math.floor(idx / 4), idx % 4];
      expect(m).toBeCloseTo(blocked(i, j) ? -Infinity : scores[idx] * 0.25, 5);
    });
    const ref = refAttention(qa, ka, va, 0.25, blocked);
    expectClose(steps.weights, ref.weights.flat());
    expectClose(steps.output, ref.output.flat());
  });

  it('masked equals scaled when nothing is blocked, as a separate tensor', () => {
    const steps = attentionSteps(tf.tensor2d(qa), tf.tensor2d(ka), tf.tensor2d(va));
    expect(steps.masked).not.toBe(steps.scaled);
    expect(Array.from(steps.masked.dataSync())).toEqual(Array.from(steps.scaled.dataSync()));
  });

  it('agrees with scaledDotProductAttention (same code path)', () => {
    const args = [tf.tensor2d(qa), tf.tensor2d(ka), tf.tensor2d(va)] as const;
    const steps = attentionSteps(...args, { causal: true });
    const sdpa = scaledDotProductAttention(...args, { causal: true });
    expect(Array.from(steps.output.dataSync())).toEqual(Array.from(sdpa.output.dataSync()));
    expect(Array.from(steps.weights.dataSync())).toEqual(Array.from(sdpa.weights.dataSync()));
  });

  it('names itself in errors and leaks nothing, even when it throws', () => {
    const q = tf.tensor2d(qa);
    const k = tf.tensor2d(ka);
    const v = tf.tensor2d(va);
    const allBlocked = tf.ones([3, 4], 'bool');
    const check = snapshot([q, k, v]);
    expectNoLeak(() => disposeAll(attentionSteps(q, k, v, { causal: true })));
    expectNoLeak(() =>
      expect(() => attentionSteps(q, k, v, { mask: allBlocked })).toThrow(
        /^attentionSteps: mask blocks every key for row \[0\] of weights \[3,4\]/,
      ),
    );
    expect(() => attentionSteps(q, tf.zeros([4, 5]), v)).toThrow(
      'attentionSteps: k has shape [4,5] but expected last dim 4 to match q [3,4]',
    );
    check();
  });
});
