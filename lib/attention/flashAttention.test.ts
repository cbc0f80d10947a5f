import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { flashAttention } from './flashAttention';
import { scaledDotProductAttention } from './scaledDotProductAttention';
import {
  disposeAll,
  dot,
  expectClose,
  expectNoLeak,
  rand,
  randMatrix,
  refAttention,
  setupCpuBackend,
  snapshot,
} from '@/lib/testing/testUtils';

setupCpuBackend();

/** log(sum_j exp(s_ij)) over the open keys of each row, by loops. */
function refLogsumexp(
  q: number[][],
  k: number[][],
  scale: number,
  blocked: (i: number, j: number) => boolean = () => false,
): number[] {
  return q.map((qi, i) => {
    const s = k.map((kj, j) => (blocked(i, j) ? -Infinity : dot(qi, kj) * scale));
    const max = Math.max(...s);
    return max + Math.log(s.reduce((acc, x) => acc + Math.exp(x - max), 0));
  });
}

describe('flashAttention', () => {
  const [L, S, d, dv] = [5, 7, 4, 3];
  const qa = randMatrix(L, d, 1);
  const ka = randMatrix(S, d, 2);
  const va = randMatrix(S, dv, 3);

  it('equals the loop reference, output and logsumexp, for every tile size', () => {
    const causal = (i: number, j: number) => j > i;
    const want = refAttention(qa, ka, va, 0.5, causal);
    const lse = refLogsumexp(qa, ka, 0.5, causal);
    const [q, k, v] = [tf.tensor2d(qa), tf.tensor2d(ka), tf.tensor2d(va)];
    const check = snapshot([q, k, v]);
    for (const blockSize of [1, 2, 3, 7, 20]) {
      const got = flashAttention(q, k, v, { blockSize, causal: true, scale: 0.5 });
      expect(got.output.shape).toEqual([L, dv]);
      expect(got.logsumexp.shape).toEqual([L]);
      expectClose(got.output, want.output.flat());
      expectClose(got.logsumexp, lse);
      disposeAll(got);
    }
    check();
    tf.dispose([q, k, v]);
  });

  it('gives logsumexp = log S and the mean of v when every score is equal', () => {
    const q = tf.zeros([2, 3, 4]);
    const k = tf.tensor(rand(2 * 6 * 4, 4), [2, 6, 4]);
    const vValues = rand(2 * 6 * 2, 5);
    const v = tf.tensor(vValues, [2, 6, 2]);
    const got = flashAttention(q, k, v, { blockSize: 4 });
    expectClose(got.logsumexp, new Array(6).fill(Math.log(6)));
    const mean = (b: number, c: number) =>
      [0, 1, 2, 3, 4, 5].reduce((s, j) => s + vValues[(b * 6 + j) * 2 + c], 0) / 6;
    expectClose(
      got.output,
      [0, 0, 0, 1, 1, 1].flatMap((b) => [mean(b, 0), mean(b, 1)]),
    );
    tf.dispose([q, k, v]);
    disposeAll(got);
  });

  it('matches scaledDotProductAttention with a broadcast mask whose first tiles block a row', () => {
    const [B, H] = [2, 3];
    const q = tf.tensor(rand(B * H * L * d, 6), [B, H, L, d]);
    const k = tf.tensor(rand(B * H * S * d, 7), [B, H, S, d]);
    const v = tf.tensor(rand(B * H * S * dv, 8), [B, H, S, dv]);
    // Row 0 sees only the last key, so its first tiles are all blocked (running max still empty).
    const blocked = Array.from({ length: L }, (_, i) =>
      Array.from({ length: S }, (_, j) => (i === 0 ? j < S - 1 : (i + j) % 3 === 0)),
    );
    const mask = tf.tensor(blocked.flat(), [1, 1, L, S], 'bool');
    const want = scaledDotProductAttention(q, k, v, { mask });
    const got = flashAttention(q, k, v, { blockSize: 2, mask });
    expectClose(got.output, Array.from(want.output.dataSync()));
    const weights = want.weights.dataSync();
    // logsumexp reconstructs the weights: w_ij = exp(s_ij - lse_i).
    const lse = got.logsumexp.dataSync();
    const scores = tf.tidy(() => tf.mul(tf.matMul(q, k, false, true), 1 / Math.sqrt(d)).dataSync());
    for (let row = 0; row < B * H * L; row++) {
      for (let j = 0; j < S; j++) {
        const open = !blocked[row % L][j];
        const w = open ? Math.exp(scores[row * S + j] - lse[row]) : 0;
        expect(w).toBeCloseTo(weights[row * S + j], 5);
      }
    }
    tf.dispose([q, k, v, mask]);
    disposeAll(want);
    disposeAll(got);
  });

  it('stays finite for huge scores (the running max keeps exp <= 1)', () => {
    const q = tf.tensor2d(qa);
    const k = tf.tensor2d(ka);
    const v = tf.tensor2d(va);
    const got = flashAttention(q, k, v, { blockSize: 3, scale: 1e4 });
    const want = scaledDotProductAttention(q, k, v, { scale: 1e4 });
    expect(Array.from(got.output.dataSync()).every(Number.isFinite)).toBe(true);
    expectClose(got.output, Array.from(want.output.dataSync()), 1e-4);
    expectClose(got.logsumexp, refLogsumexp(qa, ka, 1e4), 1e-4);
    tf.dispose([q, k, v]);
    disposeAll(got);
    disposeAll(want);
  });

  it('never holds the [L, S] score matrix: peak memory stays below it while naive needs it', async () => {
    const [Lb, Sb, db] = [64, 512, 8];
    const q = tf.randomNormal([Lb, db], 0, 1, 'float32', 1);
    const k = tf.randomNormal([Sb, db], 0, 1, 'float32', 2);
    const v = tf.randomNormal([Sb, db], 0, 1, 'float32', 3);
    const scoreBytes = Lb * Sb * 4;
    const peak = async (run: () => tf.Tensor[]) => {
      const start = tf.memory().numBytes;
      const info = await tf.profile(() => {
        tf.dispose(run());
      });
      return info.peakBytes - start;
    };
    const flash = await peak(() => Object.values(flashAttention(q, k, v, { blockSize: 32 })));
    const naive = await peak(() => Object.values(scaledDotProductAttention(q, k, v)));
    expect(naive).toBeGreaterThanOrEqual(scoreBytes);
    expect(flash).toBeLessThan(scoreBytes / 2);
    tf.dispose([q, k, v]);
  });

  it('throws the same clear errors as scaledDotProductAttention, leaking nothing', () => {
    const q = tf.zeros([2, 3, 4]);
    const k = tf.zeros([2, 5, 4]);
    const v = tf.zeros([2, 5, 2]);
    const narrowK = tf.zeros([2, 5, 3]);
    const allBlocked = tf.tensor([true, true, true, true, true], [1, 5], 'bool');
    expectNoLeak(() => {
      expect(() => flashAttention(q, narrowK, v, { blockSize: 2 })).toThrow(
        'flashAttention: k has shape [2,5,3] but expected last dim 4 to match q [2,3,4]',
      );
      expect(() => flashAttention(q, k, v, {} as never)).toThrow(
        'flashAttention: blockSize is undefined but expected a positive integer',
      );
      expect(() => flashAttention(q, k, v, { blockSize: 0 })).toThrow(
        'flashAttention: blockSize is 0 but expected a positive integer',
      );
      expect(() => flashAttention(q, k, v, { blockSize: 2, mask: allBlocked })).toThrow(
        'flashAttention: mask blocks every key for row [0,0] of weights [2,3,5] but expected at least one unblocked key per row',
      );
    });
    tf.dispose([q, k, v, narrowK, allBlocked]);
  });
});
