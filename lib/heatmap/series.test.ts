import { describe, expect, it } from 'vitest';
import { lineDomain, seriesLength, seriesRange, valuesAt, xValues } from './series';

const a = { name: 'a', values: [0.1, NaN, 0.3] };
const b = { name: 'b', values: new Float32Array([-2, 5]) };

describe('series helpers', () => {
  it('ranges over all series, ignoring non-finite values', () => {
    expect(seriesRange([a, b])).toEqual({ min: -2, max: 5, finiteCount: 4 });
    expect(seriesRange([{ name: 'x', values: [NaN] }]).finiteCount).toBe(0);
  });
  it('finds the longest series and default x positions', () => {
    expect(seriesLength([a, b])).toBe(3);
    expect(xValues(3)).toEqual([0, 1, 2]);
    expect(xValues(2, [10, 20, 30])).toEqual([10, 20]);
    expect(xValues(3, [1])).toEqual([0, 1, 2]);
  });
  it('reads every series at one index', () => {
    expect(valuesAt([a, b], 2)).toBe('a 0.3; b NaN');
  });
  it('widens flat line domains', () => {
    expect(lineDomain({ min: 2, max: 2, finiteCount: 1 })).toEqual([1, 3]);
    expect(lineDomain({ min: NaN, max: NaN, finiteCount: 0 })).toEqual([0, 1]);
  });
});
