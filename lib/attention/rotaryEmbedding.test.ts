import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { describe, expect, it } from 'vitest';
import { rotaryEmbedding } from './rotaryEmbedding';
import {
  dot,
  expectClose,
  expectNoLeak,
  rand,
  setupCpuBackend,
  snapshot,
} from '@/lib/testing/testUtils';

setupCpuBackend();

/** Loop reference: turn pair (c, c + d/2) of a row at `position` by position * base^(-2c/d). */
function refRope(row: number[], position: number, base = 10000): number[] {
  const half = row.length / 2;
  const out = [...row];
  for (let c = 0; c < half; c++) {
    const angle = position * base ** ((-2 * c) / row.length);
    const [a, b] = [row[c], row[c + half]];
    out[c] = a * Math.cos(angle) - b * Math.sin(angle);
    out[c + half] = b * Math.cos(angle) + a * Math.sin(angle);
  }
  return out;
}

function rope(values: number[], shape: number[], opts?: { base?: number; offset?: number }) {
  const x = tf.tensor(values, shape);
  const { output } = rotaryEmbedding(x, opts);
  const got = Array.from(output.dataSync());
  tf.dispose([x, output]);
  return got;
}

describe('rotaryEmbedding', () => {
  it('turns a d = 2 unit vector by exactly its position in radians', () => {
    // theta_0 = base^0 = 1, so row r of [1, 0] becomes [cos r, sin r] whatever the base.
    const got = rope([1, 0, 1, 0, 1, 0], [3, 2], { base: 7 });
    expect(got).toHaveLength(6);
    [0, 1, 2].forEach((r) => {
      expect(got[2 * r]).toBeCloseTo(Math.cos(r), 6);
      expect(got[2 * r + 1]).toBeCloseTo(Math.sin(r), 6);
    });
  });

  it('matches the loop reference over leading dims, with base and offset', () => {
    const [B, H, L, d] = [2, 2, 3, 8];
    const values = rand(B * H * L * d, 3);
    const want: number[] = [];
    for (let r = 0; r < B * H * L; r++) {
      want.push(...refRope(values.slice(r * d, (r + 1) * d), 5 + (r % L), 500));
    }
    const x = tf.tensor(values, [B, H, L, d]);
    const { output } = rotaryEmbedding(x, { base: 500, offset: 5 });
    expect(output.shape).toEqual([B, H, L, d]);
    expectClose(output, want);
    tf.dispose([x, output]);
  });

  it('keeps each vector length (a rotation)', () => {
    const values = rand(4 * 6, 9);
    const got = rope(values, [4, 6], { offset: 100 });
    for (let r = 0; r < 4; r++) {
      const a = values.slice(r * 6, r * 6 + 6);
      const b = got.slice(r * 6, r * 6 + 6);
      expect(Math.sqrt(dot(b, b))).toBeCloseTo(Math.sqrt(dot(a, a)), 5);
    }
  });

  it('makes a query-key score depend only on their offset', () => {
    const [q, k] = [rand(8, 1), rand(8, 2)];
    const score = (m: number, n: number) =>
      dot(rope(q, [1, 8], { offset: m }), rope(k, [1, 8], { offset: n }));
    expect(score(7, 3)).toBeCloseTo(score(4, 0), 4);
    expect(score(7, 3)).toBeCloseTo(score(104, 100), 4);
    // A different offset gives a different score (so the test above can fail).
    expect(Math.abs(score(7, 3) - score(7, 2))).toBeGreaterThan(1e-3);
  });

  it('gives row r with offset p the same rotation as row p + r without one', () => {
    const values = rand(5 * 4, 4);
    const long = rope([...rand(2 * 4, 5), ...values], [7, 4]);
    expectClose(tf.tensor(rope(values, [5, 4], { offset: 2 })), long.slice(8));
  });

  it('passes gradients back through the rotation (the inverse turn of the seed)', () => {
    const x = tf.tensor(rand(2 * 4, 6), [2, 4]);
    const seed = rand(2 * 4, 7);
    const grad = tf.grad((t: tf.Tensor) =>
      tf.sum(tf.mul(rotaryEmbedding(t).output, tf.tensor(seed, [2, 4]))),
    )(x);
    // Rotations are orthogonal: the gradient is the seed turned back by -angle.
    const want = [0, 1].flatMap((r) => refRope(seed.slice(r * 4, r * 4 + 4), -r));
    expectClose(grad, want);
    tf.dispose([x, grad]);
  });

  it('rejects odd d, a vector, a bad base and leaks nothing', () => {
    const odd = tf.zeros([2, 3]);
    const vector = tf.zeros([4]);
    const check = snapshot([odd]);
    expectNoLeak(() => {
      expect(() => rotaryEmbedding(odd)).toThrow(
        'rotaryEmbedding: x has shape [2,3] but expected an even last dim d [..., L, d] (pairs i, i + d/2)',
      );
      expect(() => rotaryEmbedding(vector)).toThrow(
        'rotaryEmbedding: x has shape [4] but expected rank >= 2 [..., L, d]',
      );
      const x = tf.zeros([2, 4]);
      expect(() => rotaryEmbedding(x, { base: 0 })).toThrow(
        'rotaryEmbedding: base is 0 but expected a positive number',
      );
      expect(() => rotaryEmbedding(x, { offset: NaN })).toThrow(/offset is NaN/);
      rotaryEmbedding(x, { offset: 3 }).output.dispose();
      x.dispose();
    });
    check();
    tf.dispose([odd, vector]);
  });
});
