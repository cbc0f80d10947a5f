import { describe, expect, it } from 'vitest';
import { compareResults, unravel } from './compare';

const tol = { atol: 0.25, rtol: 0.25 };
const t = (data: number[], shape = [data.length]) => ({ data, shape });

describe('compareResults', () => {
  it('passes at exactly atol + rtol * |want| and fails just over it', () => {
    // Binary fractions keep the arithmetic exact: the allowed error for want 2 is 0.25 + 0.5.
    expect(compareResults(t([2]), t([2.75]), tol)).toEqual({ ok: true, maxError: 0.75 });
    expect(compareResults(t([-2]), t([-2.75]), tol)).toEqual({ ok: true, maxError: 0.75 });
    const over = compareResults(t([2]), t([2.75 + 2 ** -20]), tol);
    expect(over).toMatchObject({ ok: false, reason: 'values', worst: { index: [0], want: 2 } });
  });

  it('scales the tolerance by want, not by got', () => {
    // want 0 allows only atol, even though got is large.
    expect(compareResults(t([0]), t([0.25]), tol).ok).toBe(true);
    expect(compareResults(t([0]), t([0.5]), tol).ok).toBe(false);
  });

  it('reports the element furthest over its tolerance, with its coordinates', () => {
    const want = t([0, 1, 2, 3, 4, 5], [2, 3]);
    const got = t([0, 1, 2.9, 3, 4, 8], [2, 3]);
    const result = compareResults(want, got, tol);
    expect(result).toEqual({
      ok: false,
      reason: 'values',
      maxError: 3,
      // 0.25 + 0.25 * 5 = 1.5 allowed at that element.
      worst: { index: [1, 2], want: 5, got: 8, gap: 3, allowance: 1.5 },
    });
  });

  it('fails a NaN where the reference is finite, with reason nan', () => {
    const result = compareResults(t([1, 2, 3]), t([1, NaN, 30]), tol);
    expect(result).toMatchObject({ ok: false, reason: 'nan', worst: { index: [1], want: 2 } });
  });

  it('accepts NaN only where the reference is NaN too', () => {
    expect(compareResults(t([NaN, 1]), t([NaN, 1]), tol).ok).toBe(true);
    expect(compareResults(t([NaN]), t([0]), tol)).toMatchObject({ ok: false, reason: 'values' });
  });

  it('requires infinities to match exactly', () => {
    expect(compareResults(t([-Infinity, 1]), t([-Infinity, 1]), tol)).toEqual({
      ok: true,
      maxError: 0,
    });
    expect(compareResults(t([-Infinity]), t([-1e9]), tol)).toMatchObject({
      ok: false,
      reason: 'values',
      maxError: Infinity,
    });
    expect(compareResults(t([Infinity]), t([-Infinity]), tol).ok).toBe(false);
    expect(compareResults(t([1]), t([Infinity]), tol).ok).toBe(false);
  });

  it('treats -0 as 0', () => {
    expect(compareResults(t([0]), t([-0]), { atol: 0, rtol: 0 })).toEqual({
      ok: true,
      maxError: 0,
    });
  });

  it('fails any shape difference, without broadcasting', () => {
    expect(compareResults(t([1, 2], [1, 2]), t([1, 2], [2]), tol)).toEqual({
      ok: false,
      reason: 'shape',
    });
    expect(compareResults(t([1, 2], [2, 1]), t([1, 2], [1, 2]), tol).ok).toBe(false);
    expect(compareResults(t([1], [1]), t([1], []), tol).ok).toBe(false);
  });

  it('compares empty tensors of the same shape as equal', () => {
    expect(compareResults(t([], [0, 3]), t([], [0, 3]), tol)).toEqual({ ok: true, maxError: 0 });
    expect(compareResults(t([], [0, 3]), t([], [3, 0]), tol).ok).toBe(false);
  });

  it('compares scalars (shape [])', () => {
    expect(compareResults(t([1], []), t([1.1], []), tol).ok).toBe(true);
  });

  it('reads typed arrays as well as plain arrays', () => {
    const want = { data: Float32Array.from([0.1, 0.2]), shape: [2] };
    expect(compareResults(want, t([0.1, 0.2]), { atol: 1e-6, rtol: 0 }).ok).toBe(true);
  });
});

describe('unravel', () => {
  it('turns a flat index into row-major coordinates', () => {
    expect(unravel(0, [])).toEqual([]);
    expect(unravel(5, [2, 3])).toEqual([1, 2]);
    expect(unravel(13, [2, 3, 4])).toEqual([1, 0, 1]);
  });

  it('reports the worst element with its own gap and allowance, not the largest error elsewhere', () => {
    // The example on the default tolerance (atol 1e-4, rtol 1e-3): 1.5e-4 added where
    // |out| > 0.06 (allowed there: at least 1e-4 + 6e-5 = 1.6e-4, so it passes), 1.2e-4
    // elsewhere (allowed at 0.01: 1e-4 + 1e-5 = 1.1e-4, so it fails). The largest gap is 1.5e-4
    // at index 0, but the element past its allowance is index 3, want 0.01.
    const defaults = { atol: 1e-4, rtol: 1e-3 };
    const out = [0.5, -0.3, 0.07, 0.01, 0.05];
    const got = out.map((x) => x + (Math.abs(x) > 0.06 ? 1.5e-4 : 1.2e-4));
    const result = compareResults(t(out), t(got), defaults);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.maxError).toBeCloseTo(1.5e-4, 12);
    expect(result.worst?.index).toEqual([3]);
    expect(result.worst?.want).toBe(0.01);
    expect(result.worst?.gap).toBeCloseTo(1.2e-4, 12);
    expect(result.worst?.allowance).toBeCloseTo(1.1e-4, 12);
    // The gap is that element's own |got - want|.
    expect(result.worst?.gap).toBe(Math.abs(got[3] - out[3]));
  });
});
