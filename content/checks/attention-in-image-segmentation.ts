import { expect } from 'vitest';
import { argmax, heatmapWithId, matrix, type DemoResults } from './helpers';

// Question 24: the attention gate passes the organ and damps the identical look-alike,
// which CBAM on the skip features alone cannot tell apart.
const isOrgan = (r: number, c: number) => r >= 1 && r <= 2 && c >= 1 && c <= 2;
const isLookAlike = (r: number, c: number) => r >= 5 && r <= 6 && c >= 5 && c <= 6;
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export default function check([demo]: DemoResults) {
  const input = matrix(heatmapWithId([demo], 'skip-features'));
  const context = heatmapWithId([demo], 'gating-signal');
  const selfMap = matrix(heatmapWithId([demo], 'cbam-map-from-the-skip-features'));
  const gateDisplay = heatmapWithId([demo], 'attention-gate');
  const output = matrix(heatmapWithId([demo], 'gated-skip-features'));
  expect(context.shape).toEqual([4, 4]);
  expect(gateDisplay.shape).toEqual([8, 8]);
  const gate = matrix(gateDisplay);

  // The two blobs are identical in the skip features.
  expect(input[1][1]).toBe(1);
  expect(input[5][5]).toBe(1);
  // CBAM alone: the same weight at both blob centres (mirror-image positions).
  expect(selfMap[1][1]).toBeCloseTo(selfMap[6][6], 5);
  expect(selfMap[2][2]).toBeCloseTo(selfMap[5][5], 5);
  expect(selfMap[1][1]).toBeGreaterThan(0.9);

  // The gate: sigmoid values, peak on the organ, about 0.88 there, sigmoid(-2) elsewhere.
  const flat = gate.flat();
  expect(flat.every((v) => v > 0 && v < 1)).toBe(true);
  const peak = argmax(flat);
  expect(isOrgan(Math.floor(peak / 8), peak % 8)).toBe(true);
  for (let r = 0; r < 8; r++)
    for (let c = 0; c < 8; c++) {
      if (isOrgan(r, c)) expect(gate[r][c]).toBeCloseTo(sigmoid(2), 4);
      else expect(gate[r][c]).toBeCloseTo(sigmoid(-2), 4);
      // Output = gate x skip: the look-alike is cut to about an eighth, the organ passes.
      expect(output[r][c]).toBeCloseTo(gate[r][c] * input[r][c], 5);
      if (isLookAlike(r, c)) expect(output[r][c]).toBeLessThan(0.13);
      if (isOrgan(r, c)) expect(output[r][c]).toBeGreaterThan(0.85);
    }
}
