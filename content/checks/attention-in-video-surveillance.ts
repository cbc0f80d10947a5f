import { expect } from 'vitest';
import { argmax, expectRowsSumToOne, heatmapWithId, matrix, type DemoResults } from './helpers';

// Question 29: spatial attention on change finds the person, not the bright static lamp;
// temporal pooling puts the weight on the frames where the person is in view.
const personCol = [-1, -1, -1, 2, 3, 4];
const isPerson = (t: number, r: number, c: number) =>
  personCol[t] >= 0 && (r === 5 || r === 6) && (c === personCol[t] || c === personCol[t] + 1);
const isLamp = (r: number, c: number) => r <= 1 && c <= 1;
const floor = 1 / (1 + Math.exp(3)); // sigmoid(-3): the weight of a pixel with no change near it

export default function check([demo]: DemoResults) {
  const brightness = matrix(heatmapWithId([demo], 'brightness-of-the-last-frame'));
  const spatial = heatmapWithId([demo], 'spatial-attention-per-frame');
  const temporal = heatmapWithId([demo], 'temporal-attention-over-frames');
  const pooled = matrix(heatmapWithId([demo], 'pooled-change-across-the-clip'));
  expect(spatial.shape).toEqual([6, 8, 8]);
  expect(temporal.shape).toEqual([1, 6]);

  // The lamp is the brightest thing in the last frame.
  expect(isLamp(...rc(argmax(brightness.flat())))).toBe(true);
  expect(brightness[5][4]).toBeLessThan(0.5);

  for (let t = 0; t < 6; t++) {
    const map = matrix(spatial, t);
    // The lamp stays at the floor in every frame.
    for (const [r, c] of [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ])
      expect(map[r][c]).toBeCloseTo(floor, 4);
    if (personCol[t] < 0) {
      // No change: a flat map.
      expect(map.flat().every((v) => Math.abs(v - floor) < 1e-4)).toBe(true);
    } else {
      // The peak is on the person, and the person's pixels are near 0.9.
      expect(isPerson(t, ...rc(argmax(map.flat())))).toBe(true);
      for (let r = 0; r < 8; r++)
        for (let c = 0; c < 8; c++) if (isPerson(t, r, c)) expect(map[r][c]).toBeGreaterThan(0.85);
    }
  }

  // Temporal weights: a distribution with more than 99% on frames 3 to 5.
  const weights = matrix(temporal);
  expectRowsSumToOne(weights);
  expect(weights[0][3] + weights[0][4] + weights[0][5]).toBeGreaterThan(0.99);

  // The pooled change traces the path along rows 5 and 6 and is zero at the lamp.
  for (let r = 0; r < 8; r++)
    for (let c = 0; c < 8; c++) {
      const onPath = (r === 5 || r === 6) && c >= 2 && c <= 5;
      if (!onPath) expect(pooled[r][c]).toBeCloseTo(0, 6);
    }
  expect(pooled[5][3]).toBeGreaterThan(0.1);
}

function rc(index: number): [number, number] {
  return [Math.floor(index / 8), index % 8];
}
