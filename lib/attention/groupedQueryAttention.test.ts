import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { attentionMask } from './attentionMask';
import { groupedQueryAttention as gqa } from './groupedQueryAttention';
import { scaledDotProductAttention } from './scaledDotProductAttention';
import {
  disposeAll,
  expectClose,
  expectNoLeak,
  randMatrix,
  refAttention,
  setupCpuBackend,
  snapshot,
} from '@/lib/testing/testUtils';

setupCpuBackend();

describe('groupedQueryAttention', () => {
  it('query head h reads key/value head floor(h / (Hq / Hkv)) (loop reference)', () => {
    const [B, Hq, Hkv, L, S, d, dv] = [2, 6, 2, 3, 4, 4, 5];
    // Nested [b][h] matrices, so the reference can pick heads by index.
    const qs = [0, 1].map((b) => [...Array(Hq)].map((_, h) => randMatrix(L, d, 100 + 10 * b + h)));
    const ks = [0, 1].map((b) => [...Array(Hkv)].map((_, h) => randMatrix(S, d, 200 + 10 * b + h)));
    const vs = [0, 1].map((b) =>
      [...Array(Hkv)].map((_, h) => randMatrix(S, dv, 300 + 10 * b + h)),
    );
    const q = tf.tensor(qs.flat(3), [B, Hq, L, d]);
    const k = tf.tensor(ks.flat(3), [B, Hkv, S, d]);
    const v = tf.tensor(vs.flat(3), [B, Hkv, S, dv]);
    const check = snapshot([q, k, v]);
    const got = gqa(q, k, v, { scale: 0.6 });
    const refs = [0, 1].flatMap((b) =>
      qs[b].map((qh, h) =>
        refAttention(qh, ks[b][Math.floor(h / 3)], vs[b][Math.floor(h / 3)], 0.6),
      ),
    );
    expect(got.output.shape).toEqual([B, Hq, L, dv]);
    expect(got.weights.shape).toEqual([B, Hq, L, S]);
    expectClose(
      got.output,
      refs.flatMap((r) => r.output.flat()),
    );
    expectClose(
      got.weights,
      refs.flatMap((r) => r.weights.flat()),
    );
    check();
    tf.dispose([q, k, v]);
    disposeAll(got);
  });

  it('equals multi-head attention when Hkv = Hq, and shares one head when Hkv = 1', () => {
    const q = tf.tensor(randMatrix(2 * 3, 4, 1).flat(), [1, 2, 3, 4]);
    const k = tf.tensor(randMatrix(2 * 5, 4, 2).flat(), [1, 2, 5, 4]);
    const v = tf.tensor(randMatrix(2 * 5, 3, 3).flat(), [1, 2, 5, 3]);
    const full = gqa(q, k, v);
    const plain = scaledDotProductAttention(q, k, v);
    expectClose(full.output, Array.from(plain.output.dataSync()));
    // Multi-query: both query heads use k/v head 0, as if it were copied to each.
    const k0 = tf.slice(k, [0, 0, 0, 0], [1, 1, 5, 4]);
    const v0 = tf.slice(v, [0, 0, 0, 0], [1, 1, 5, 3]);
    const mqa = gqa(q, k0, v0);
    const copied = scaledDotProductAttention(q, tf.concat([k0, k0], 1), tf.concat([v0, v0], 1));
    expectClose(mqa.output, Array.from(copied.output.dataSync()));
    tf.dispose([q, k, v, k0, v0]);
    [full, plain, mqa, copied].forEach(disposeAll);
  });

  it('takes a causal mask from attentionMask and zeroes the blocked weights', () => {
    const q = tf.tensor(randMatrix(4 * 2, 2, 4).flat(), [1, 4, 2, 2]);
    const k = tf.tensor(randMatrix(3, 2, 5).flat(), [1, 1, 3, 2]);
    const v = tf.tensor(randMatrix(3, 2, 6).flat(), [1, 1, 3, 2]);
    const { mask } = attentionMask(2, 3, { causal: 'bottom-right' });
    const { output, weights } = gqa(q, k, v, { mask });
    const w = Array.from(weights.dataSync());
    for (let h = 0; h < 4; h++) {
      expect(w[h * 6 + 2]).toBe(0); // query 0 sits at position 1 and may not see key 2
      expect(w[h * 6] + w[h * 6 + 1]).toBeCloseTo(1, 6);
      expect(w[h * 6 + 3] + w[h * 6 + 4] + w[h * 6 + 5]).toBeCloseTo(1, 6);
    }
    tf.dispose([q, k, v, mask, output, weights]);
  });

  it('throws clear errors for bad shapes, options and fully blocked rows, leaking nothing', () => {
    const q = tf.zeros([1, 6, 2, 4]);
    const k = tf.zeros([1, 4, 3, 4]);
    const v = tf.zeros([1, 4, 3, 4]);
    const kOk = tf.zeros([1, 2, 3, 4]);
    const vOk = tf.zeros([1, 2, 3, 4]);
    const wideK = tf.zeros([1, 2, 3, 5]);
    const shortV = tf.zeros([1, 2, 2, 4]);
    const rank3 = tf.zeros([6, 2, 4]);
    const smallMask = tf.zeros([2, 2], 'bool');
    const blocked = tf.tensor(
      [
        [false, false, false],
        [true, true, true],
      ],
      [2, 3],
      'bool',
    );
    expectNoLeak(() => {
      expect(() => gqa(q, k, v)).toThrow(
        'groupedQueryAttention: k has shape [1,4,3,4] with Hkv = 4 but expected Hkv to divide Hq = 6 of q [1,6,2,4]',
      );
      expect(() => gqa(q, wideK, vOk)).toThrow(
        'groupedQueryAttention: k has shape [1,2,3,5] but expected [B, Hkv, S, d] with B = 1, d = 4 to match q [1,6,2,4]',
      );
      expect(() => gqa(q, kOk, shortV)).toThrow(
        'groupedQueryAttention: v has shape [1,2,2,4] but expected [B, Hkv, S, dv] with [B, Hkv, S] = [1,2,3] to match k [1,2,3,4]',
      );
      expect(() => gqa(rank3, kOk, vOk)).toThrow(
        'groupedQueryAttention: q has shape [6,2,4] (rank 3) but expected rank 4 [B, Hq, L, d]',
      );
      expect(() => gqa(q, kOk, vOk, { mask: smallMask })).toThrow(
        'groupedQueryAttention: mask has shape [2,2] but expected a shape broadcastable to [B, Hq, L, S] = [1,6,2,3] (true = blocked)',
      );
      expect(() => gqa(q, kOk, vOk, { causal: true } as never)).toThrow(
        /causal is true but expected no causal option/,
      );
      expect(() => gqa(q, kOk, vOk, { mask: blocked })).toThrow(
        'groupedQueryAttention: mask blocks every key for row [0,0,1] of weights [1,6,2,3] but expected at least one unblocked key per row',
      );
    });
    tf.dispose([q, k, v, kOk, vOk, wideK, shortV, rank3, smallMask, blocked]);
  });
});
