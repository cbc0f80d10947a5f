import { expect } from 'vitest';
import { argmax, heatmapWithId, matrix, type DemoResults } from './helpers';

// Question 9: CBAM's spatial map finds the red square because the max over channels sees it,
// while the mean over channels barely does.
const inSquare = (r: number, c: number) => r >= 2 && r <= 4 && c >= 4 && c <= 6;
/** Chebyshev distance from pixel (r, c) to the square (0 inside it). */
const distance = (r: number, c: number) =>
  Math.max(Math.max(2 - r, 0, r - 4), Math.max(4 - c, 0, c - 6));

export default function check([demo]: DemoResults) {
  const mean = matrix(heatmapWithId([demo], 'mean-over-channels'));
  const max = matrix(heatmapWithId([demo], 'max-over-channels'));
  const attention = heatmapWithId([demo], 'spatial-attention-map');
  expect(attention.shape).toEqual([8, 8]);
  const map = matrix(attention);

  // The mean separates square from background by about 0.03; the max by 0.7.
  expect(mean[3][5] - mean[0][0]).toBeGreaterThan(0);
  expect(mean[3][5] - mean[0][0]).toBeLessThan(0.05);
  expect(max[3][5] - max[0][0]).toBeCloseTo(0.7, 5);

  // A sigmoid gate: every weight in (0, 1), not a distribution.
  const flat = map.flat();
  expect(flat.every((v) => v > 0 && v < 1)).toBe(true);
  // The peak is the centre of the square (row 3, column 5).
  expect(argmax(flat)).toBe(3 * 8 + 5);
  expect(map[3][5]).toBeGreaterThan(0.9);
  for (let r = 0; r < 8; r++) {
    for (let c = 0; c < 8; c++) {
      // Every square pixel passes more than half; background not touching the square stays low.
      if (inSquare(r, c)) expect(map[r][c]).toBeGreaterThan(0.5);
      if (distance(r, c) >= 2) expect(map[r][c]).toBeLessThan(0.16);
    }
  }
  // Border pixels get less than interior background: the zero padding counts as dark.
  expect(map[0][0]).toBeLessThan(map[6][1]);
}
