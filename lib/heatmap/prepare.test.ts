import { describe, expect, it } from 'vitest';
import { checkShape, headNames, prepareView } from './prepare';

describe('checkShape', () => {
  it('names the function, argument and both sizes', () => {
    expect(() => checkShape({ data: [1, 2, 3], shape: [2, 2] })).toThrow(
      'prepareView: spec.shape [2, 2] needs 4 values but spec.data has 3',
    );
    expect(() => checkShape({ data: [], shape: [1, 1, 1, 0] })).toThrow('must have 1, 2 or 3');
    expect(() => checkShape({ data: [1], shape: [0.5, 2] })).toThrow('whole numbers');
  });
});

describe('prepareView', () => {
  it('prepares a 2-D softmax with -Infinity as mask and default labels', () => {
    const v = prepareView({ data: new Float32Array([1, -Infinity, 0.25, 0.75]), shape: [2, 2] });
    expect(v.rowLabels).toEqual(['0', '1']);
    expect(v.maskedCount).toBe(1);
    expect(v.nonFiniteCount).toBe(0);
    expect(v.range).toEqual({ min: 0.25, max: 1, finiteCount: 3 });
    expect(v.sumsToOne).toBe(true);
    expect(v.headCount).toBe(0);
  });
  it('shows the average of heads on request', () => {
    const v = prepareView({ data: [0, 1, 1, 0, 1, 0, 0, 1], shape: [2, 2, 2] }, 'average');
    expect(Array.from(v.values)).toEqual([0.5, 0.5, 0.5, 0.5]);
    expect(v.head).toBe('average');
    expect(v.headCount).toBe(2);
  });
  it('turns [N] into a 1 x N view with given labels', () => {
    const v = prepareView({ data: [0.2, 0.8], shape: [2], colLabels: ['x', 'y'] });
    expect([v.rows, v.cols]).toEqual([1, 2]);
    expect(v.colLabels).toEqual(['x', 'y']);
  });
  it('counts NaN and Infinity without crashing', () => {
    const v = prepareView({ data: [NaN, Infinity], shape: [1, 2] });
    expect(v.nonFiniteCount).toBe(2);
    expect(v.range.finiteCount).toBe(0);
    expect(v.sumsToOne).toBe(false);
  });
});

describe('prepareView with a shared scale', () => {
  it('uses the given ends instead of its own range, keeping its own finite count', () => {
    const spec = { data: new Float32Array([0.2, 0.4]), shape: [2], scale: { min: 0, max: 1 } };
    expect(prepareView(spec).range).toEqual({ min: 0, max: 1, finiteCount: 2 });
    expect(prepareView({ ...spec, scale: undefined }).range.min).toBeCloseTo(0.2, 6);
  });
});

describe('headNames', () => {
  it('uses given names only when they match the count', () => {
    expect(headNames(2, ['a', 'b'], (n) => `H${n}`)).toEqual(['a', 'b']);
    expect(headNames(2, ['a'], (n) => `H${n}`)).toEqual(['H1', 'H2']);
  });
});
