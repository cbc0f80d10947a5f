import { describe, expect, it } from 'vitest';
import { elementError, excessError, isClose } from './tolerance';

const tol = { atol: 1e-4, rtol: 1e-3 };

describe('the tolerance rule', () => {
  it('allows atol + rtol·|want|, scaled by the reference', () => {
    // |want| = 100: allowed 1e-4 + 0.1 = 0.1001.
    expect(isClose(100, 100.1, tol)).toBe(true);
    expect(isClose(100, 100.11, tol)).toBe(false);
    // Asymmetric: with want = 0.1 the same 0.01 error is too far (allowed 0.0002).
    expect(isClose(0.1, 0.11, tol)).toBe(false);
    expect(excessError(1, 1.5, tol)).toBeCloseTo(0.5 - 0.0011, 12);
  });

  it('matches NaN only with NaN and an infinity only with the same infinity', () => {
    expect(isClose(NaN, NaN, tol)).toBe(true);
    expect(isClose(0, NaN, tol)).toBe(false);
    expect(isClose(NaN, 0, tol)).toBe(false);
    expect(isClose(-Infinity, -Infinity, tol)).toBe(true);
    expect(isClose(-Infinity, -1e9, tol)).toBe(false);
    expect(isClose(Infinity, -Infinity, tol)).toBe(false);
    expect(isClose(5, Infinity, tol)).toBe(false);
    expect(elementError(-Infinity, 0)).toBe(Infinity);
    expect(excessError(Infinity, 1, { atol: 1e9, rtol: 1e9 })).toBe(Infinity);
  });

  it('treats -0 as 0', () => {
    expect(elementError(0, -0)).toBe(0);
    expect(isClose(-0, 0, { atol: 0, rtol: 0 })).toBe(true);
  });
});
