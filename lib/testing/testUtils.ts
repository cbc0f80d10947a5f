/**
 * Test-only helpers (never imported by the library). Reference maths here is written as plain
 * loops over nested arrays, independent of the tfjs code under test.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, expect } from 'vitest';
import { mulberry32 } from '@/lib/random';
import { isClose } from '@/lib/tolerance';

export function setupCpuBackend(): void {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });
}

/** Deterministic values in [-1, 1) (lib/random's generator), so failures reproduce. */
export function rand(n: number, seed: number): number[] {
  const next = mulberry32(seed);
  return Array.from({ length: n }, () => 2 * next() - 1);
}

/** Splits a flat array into rows of `size`. */
export function rows(flat: number[], size: number): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < flat.length; i += size) out.push(flat.slice(i, i + size));
  return out;
}

export function randMatrix(r: number, c: number, seed: number): number[][] {
  return rows(rand(r * c, seed), c);
}

export function dot(a: number[], b: number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** x W^T + b for one vector, W as [out][in]. */
export function refLinear(x: number[], w: number[][], b?: number[]): number[] {
  return w.map((row, o) => dot(row, x) + (b ? b[o] : 0));
}

/** Softmax of one row, skipping blocked entries (weight 0). */
export function refSoftmax(
  logits: number[],
  blocked: (j: number) => boolean = () => false,
): number[] {
  let max = -Infinity;
  logits.forEach((x, j) => {
    if (!blocked(j)) max = Math.max(max, x);
  });
  const e = logits.map((x, j) => (blocked(j) ? 0 : Math.exp(x - max)));
  const sum = e.reduce((s, x) => s + x, 0);
  return e.map((x) => x / sum);
}

/** Attention for one batch element: q [L][d], k [S][d], v [S][dv]. */
export function refAttention(
  q: number[][],
  k: number[][],
  v: number[][],
  scale: number,
  blocked: (i: number, j: number) => boolean = () => false,
): { weights: number[][]; output: number[][] } {
  const weights = q.map((qi, i) =>
    refSoftmax(
      k.map((kj) => dot(qi, kj) * scale),
      (j) => blocked(i, j),
    ),
  );
  const output = weights.map((w) =>
    v[0].map((_, c) => w.reduce((s, wj, j) => s + wj * v[j][c], 0)),
  );
  return { weights, output };
}

export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export function expectClose(t: tf.Tensor, want: number[], tol = 1e-5): void {
  const got = Array.from(t.dataSync());
  expect(got.length).toBe(want.length);
  got.forEach((g, i) => {
    if (!isClose(want[i], g, { atol: tol, rtol: tol })) {
      throw new Error(`element ${i}: got ${g}, want ${want[i]} (shape [${t.shape}])`);
    }
  });
}

export function disposeAll(result: object): void {
  for (const value of Object.values(result)) if (value instanceof tf.Tensor) value.dispose();
}

/**
 * Runs `body` and checks the live tensor count is unchanged. `body` must dispose what it is
 * handed back; a throwing call should be wrapped in expect(...).toThrow() inside `body`.
 */
export function expectNoLeak(body: () => void): void {
  const before = tf.memory().numTensors;
  body();
  expect(tf.memory().numTensors).toBe(before);
}

/** Checks inputs survive a call untouched (not disposed, same values). */
export function snapshot(tensors: tf.Tensor[]): () => void {
  const saved = tensors.map((t) => Array.from(t.dataSync()));
  return () =>
    tensors.forEach((t, i) => {
      expect(t.isDisposed).toBe(false);
      expect(Array.from(t.dataSync())).toEqual(saved[i]);
    });
}
