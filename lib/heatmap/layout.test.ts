import { describe, expect, it } from 'vitest';
import { layoutHeatmap } from './layout';

const labels = (n: number, prefix = '') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('layoutHeatmap', () => {
  it('keeps square cells for a square matrix and fills the width', () => {
    const l = layoutHeatmap(labels(8), labels(8), 400);
    expect(l.margin.left + l.plotW + l.margin.right).toBeCloseTo(400);
    expect(l.plotH).toBeCloseTo(l.plotW);
    expect(l.rowTicks).toHaveLength(8);
    expect(l.rotateCols).toBe(false);
  });
  it('gives a 1 x N vector a visible height', () => {
    const l = layoutHeatmap(['0'], labels(512), 400);
    expect(l.plotH).toBe(24);
    expect(l.colTicks.length).toBeLessThan(512);
  });
  it('rotates long column labels and widens the left margin for long row labels', () => {
    const l = layoutHeatmap(labels(4, 'sentence-'), labels(16, 'token-'), 400, { row: true });
    expect(l.rotateCols).toBe(true);
    expect(l.margin.left).toBeGreaterThan(60);
  });
  it('caps very tall matrices', () => {
    const l = layoutHeatmap(labels(100), labels(2), 300);
    expect(l.plotH).toBeCloseTo(l.plotW * 1.25);
  });
});
