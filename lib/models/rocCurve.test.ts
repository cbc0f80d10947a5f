import { describe, expect, it } from 'vitest';
import { rocCurve, trapezoidArea } from './rocCurve';

describe('rocCurve', () => {
  it('matches the points worked out by hand (no ties)', () => {
    // Sorted by score: 0.8 (pos), 0.4 (neg), 0.35 (pos), 0.1 (neg); 2 positives, 2 negatives.
    const { fpr, tpr, thresholds } = rocCurve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]);
    expect(thresholds).toEqual([Infinity, 0.8, 0.4, 0.35, 0.1]);
    expect(fpr).toEqual([0, 0, 0.5, 0.5, 1]);
    expect(tpr).toEqual([0, 0.5, 0.5, 1, 1]);
    expect(trapezoidArea(fpr, tpr)).toBeCloseTo(0.75, 12);
  });

  it('moves tied scores together, giving the diagonal step that counts ties half', () => {
    const { fpr, tpr, thresholds } = rocCurve([1, 0, 1, 0], [0.5, 0.5, 0.9, 0.1]);
    expect(thresholds).toEqual([Infinity, 0.9, 0.5, 0.1]);
    expect(fpr).toEqual([0, 0, 0.5, 1]);
    expect(tpr).toEqual([0, 0.5, 1, 1]);
    // Pairs (pos, neg): (0.9, 0.5) 1, (0.9, 0.1) 1, (0.5, 0.5) 1/2, (0.5, 0.1) 1 -> 3.5 / 4.
    expect(trapezoidArea(fpr, tpr)).toBeCloseTo(0.875, 12);
  });

  it('gives area 1 for a perfect ranking and 0 for a reversed one', () => {
    const perfect = rocCurve([0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9]);
    expect(trapezoidArea(perfect.fpr, perfect.tpr)).toBe(1);
    const reversed = rocCurve([1, 1, 0, 0], [0.1, 0.2, 0.8, 0.9]);
    expect(trapezoidArea(reversed.fpr, reversed.tpr)).toBe(0);
  });

  it('throws clear errors', () => {
    expect(() => rocCurve([0, 1], [0.5])).toThrow(/rocCurve: scores has length 1 but expected 2/);
    expect(() => rocCurve([0, 2], [0.5, 0.1])).toThrow(/yTrue\[1\] is 2/);
    expect(() => rocCurve([1, 1], [0.5, 0.1])).toThrow(/0 negatives/);
    expect(() => rocCurve([0, 1], [0.5, NaN])).toThrow(/scores\[1\] is NaN/);
    expect(() => trapezoidArea([1, 0], [0, 1])).toThrow(/sorted ascending/);
  });
});
