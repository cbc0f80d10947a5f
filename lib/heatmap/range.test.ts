import { describe, expect, it } from 'vitest';
import { cellKind, countKinds, valueRange } from './range';

describe('valueRange', () => {
  it('ignores NaN and infinities', () => {
    expect(valueRange([NaN, 0.5, -Infinity, 2, Infinity, -1])).toEqual({
      min: -1,
      max: 2,
      finiteCount: 3,
    });
  });
  it('skips masked cells', () => {
    expect(valueRange([5, 1, 2], [1, 0, 0])).toEqual({ min: 1, max: 2, finiteCount: 2 });
  });
  it('gives NaN bounds when nothing is finite', () => {
    const r = valueRange(new Float32Array([NaN, Infinity]));
    expect(r.finiteCount).toBe(0);
    expect(r.min).toBeNaN();
    expect(r.max).toBeNaN();
  });
});

describe('cellKind and countKinds', () => {
  it('classifies cells, mask first', () => {
    expect(cellKind(-Infinity, true)).toBe('masked');
    expect(cellKind(NaN, false)).toBe('nan');
    expect(cellKind(Infinity, false)).toBe('posInf');
    expect(cellKind(-Infinity, false)).toBe('negInf');
    expect(cellKind(0.3, false)).toBe('value');
  });
  it('counts masked and unmasked non-finite cells', () => {
    const m = {
      values: [1, NaN, -Infinity, Infinity],
      rows: 2,
      cols: 2,
      mask: Uint8Array.of(0, 0, 1, 0),
    };
    expect(countKinds(m)).toEqual({ masked: 1, nonFinite: 2 });
  });
});
