import { describe, expect, it } from 'vitest';
import { heatmapOf, sharedScale } from './heatmaps';

describe('sharedScale', () => {
  it('spans the finite values of every map, so expected and actual share one scale', () => {
    const expected = heatmapOf('out', [0.1, 0.5, 0.9], [3]);
    const actual = heatmapOf('out', [-2, 0.5, Infinity], [3]);
    expect(sharedScale([expected, actual])).toEqual({ min: -2, max: expect.closeTo(0.9, 6) });
  });

  it('has no scale when nothing is finite', () => {
    expect(sharedScale([heatmapOf('x', [NaN], [1]), undefined])).toBeUndefined();
  });
});
