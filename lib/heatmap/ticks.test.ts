import { describe, expect, it } from 'vitest';
import { niceStep, thinTicks } from './ticks';

describe('niceStep', () => {
  it('rounds up to 1, 2, 5 x 10^k', () => {
    expect(niceStep(0.5)).toBe(1);
    expect(niceStep(1.2)).toBe(2);
    expect(niceStep(3)).toBe(5);
    expect(niceStep(7)).toBe(10);
    expect(niceStep(11)).toBe(20);
    expect(niceStep(51)).toBe(100);
  });
});

describe('thinTicks', () => {
  it('keeps every label when they fit', () => {
    expect(thinTicks(5, 100)).toEqual([0, 1, 2, 3, 4]);
  });
  it('thins 1024 labels over 400 px to every 50th', () => {
    // 400 / 14 = 28 labels fit; 1024 / 28 = 36.6 -> step 50
    const ticks = thinTicks(1024, 400);
    expect(ticks.slice(0, 3)).toEqual([0, 50, 100]);
    expect(ticks.length).toBe(21);
  });
  it('handles empty and tiny axes', () => {
    expect(thinTicks(0, 100)).toEqual([]);
    expect(thinTicks(3, 1)).toEqual([0]);
  });
});
