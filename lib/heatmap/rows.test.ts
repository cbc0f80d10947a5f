import { describe, expect, it } from 'vitest';
import { rowsSumToOne } from './rows';

const m = (values: number[], rows: number, cols: number, mask?: number[]) => ({
  values,
  rows,
  cols,
  mask: Uint8Array.from(mask ?? values.map(() => 0)),
});

describe('rowsSumToOne', () => {
  it('accepts softmax rows within 1e-3', () => {
    expect(rowsSumToOne(m([0.2, 0.8, 0.5, 0.5004], 2, 2))).toBe(true);
  });
  it('rejects a row off by more than 1e-3', () => {
    expect(rowsSumToOne(m([0.2, 0.8, 0.5, 0.502], 2, 2))).toBe(false);
  });
  it('counts masked cells as zero', () => {
    expect(rowsSumToOne(m([1, -Infinity, 0.5, 0.5], 2, 2, [0, 1, 0, 0]))).toBe(true);
  });
  it('is false for NaN, a fully masked row, or an empty matrix', () => {
    expect(rowsSumToOne(m([NaN, 1], 1, 2))).toBe(false);
    expect(rowsSumToOne(m([0, 0, 1, 0], 2, 2, [1, 1, 0, 0]))).toBe(false);
    expect(rowsSumToOne(m([], 0, 0))).toBe(false);
  });
});
