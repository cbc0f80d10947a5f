import { mulberry32 } from '@/lib/random';
import type { CaseArg, CaseInput } from './types';

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [lo, hi], both ends included. */
  int(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
}

/** Seeded (mulberry32), so the same seed gives the same cases. */
export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
  };
}

const size = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

/**
 * Values uniform in [-scale, scale], rounded to two decimals so a visible case reads cleanly in
 * the input tables; rounding changes nothing for the grading.
 */
export function randomInput(rng: Rng, name: string, shape: number[], scale = 1): CaseInput {
  const data = Array.from(
    { length: size(shape) },
    () => Math.round((rng.next() * 2 - 1) * scale * 100) / 100,
  );
  return { name, data, shape };
}

export function boolInput(name: string, shape: number[], flags: number[]): CaseInput {
  return { name, data: flags, shape, dtype: 'bool' };
}

/** A random mask (true = blocked) over rows of `keys`, leaving at least one open key per row. */
export function randomMask(rng: Rng, rows: number, keys: number, pBlocked = 0.35): number[] {
  const flags: number[] = [];
  for (let r = 0; r < rows; r++) {
    const row = Array.from({ length: keys }, (): number => (rng.next() < pBlocked ? 1 : 0));
    if (!row.includes(0)) row[rng.int(0, keys - 1)] = 0;
    flags.push(...row);
  }
  return flags;
}

export const ref = (input: string): CaseArg => ({ input });
export const value = (v: number | boolean): CaseArg => ({ value: v });
/** A params object whose fields are inputs of the same name. */
export const params = (...names: string[]): CaseArg => ({
  object: Object.fromEntries(names.map((n) => [n, ref(n)])),
});

/** Case names are the sizes, e.g. "B=2 L=3 S=4": short, and the same in every language. */
export function sizes(dims: Record<string, number>): string {
  return Object.entries(dims)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
}
