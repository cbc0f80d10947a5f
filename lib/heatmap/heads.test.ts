import { describe, expect, it } from 'vitest';
import { averageHeads, resolveMask, selectMatrix, sliceHead } from './heads';

// [H=2, L=2, S=2]: head 0 = [[1,2],[3,4]], head 1 = [[5,6],[7,8]]
const data = [1, 2, 3, 4, 5, 6, 7, 8];
const shape = [2, 2, 2] as const;

describe('resolveMask', () => {
  it('uses -Infinity as the mask when none is given', () => {
    expect(Array.from(resolveMask([0, -Infinity, NaN, Infinity]))).toEqual([0, 1, 0, 0]);
  });
  it('prefers an explicit boolean or 0/1 mask', () => {
    expect(Array.from(resolveMask([-Infinity, 1], [false, true]))).toEqual([0, 1]);
    expect(Array.from(resolveMask([1, 2], Uint8Array.of(1, 0)))).toEqual([1, 0]);
  });
  it('names both sizes when the mask does not match', () => {
    expect(() => resolveMask([1, 2, 3], [1])).toThrow(
      'resolveMask: mask has 1 entries but data has 3; they must match',
    );
  });
});

describe('sliceHead', () => {
  it('copies one head', () => {
    const m = sliceHead(data, new Uint8Array(8), shape, 1);
    expect(Array.from(m.values)).toEqual([5, 6, 7, 8]);
    expect(m.rows).toBe(2);
    expect(m.cols).toBe(2);
  });
  it('rejects a head outside the shape', () => {
    expect(() => sliceHead(data, new Uint8Array(8), shape, 2)).toThrow(
      'sliceHead: head 2 is outside shape [2, 2, 2]',
    );
  });
});

describe('averageHeads', () => {
  it('averages cell by cell', () => {
    // (1+5)/2=3, (2+6)/2=4, (3+7)/2=5, (4+8)/2=6
    const m = averageHeads(data, new Uint8Array(8), shape);
    expect(Array.from(m.values)).toEqual([3, 4, 5, 6]);
    expect(Array.from(m.mask)).toEqual([0, 0, 0, 0]);
  });
  it('averages only unmasked heads and masks cells masked in every head', () => {
    // cell 0 masked in head 0 only -> 5; cell 1 masked in both -> masked
    const mask = Uint8Array.of(1, 1, 0, 0, 0, 1, 0, 0);
    const m = averageHeads(data, mask, shape);
    expect(m.values[0]).toBe(5);
    expect(m.mask[1]).toBe(1);
    expect(m.values[2]).toBe(5);
  });
  it('lets NaN in one head show through', () => {
    const m = averageHeads([NaN, 0, 0, 0, 1, 0, 0, 0], new Uint8Array(8), shape);
    expect(m.values[0]).toBeNaN();
  });
});

describe('selectMatrix', () => {
  it('turns [N] into one row and passes [L, S] through', () => {
    const v = selectMatrix([1, 2, 3], new Uint8Array(3), [3], 0);
    expect([v.rows, v.cols]).toEqual([1, 3]);
    const m = selectMatrix([1, 2, 3, 4, 5, 6], new Uint8Array(6), [2, 3], 0);
    expect([m.rows, m.cols]).toEqual([2, 3]);
  });
  it('clamps a stale head index', () => {
    expect(Array.from(selectMatrix(data, new Uint8Array(8), shape, 9).values)).toEqual([
      5, 6, 7, 8,
    ]);
  });
});
