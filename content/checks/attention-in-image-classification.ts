import { expect } from 'vitest';
import { heatmapWithId, matrix, type DemoResults } from './helpers';

// Question 16: squeeze-and-excitation weights depend on the image, and on all channels at once.
// Rows: a cat on a lawn, an empty field; columns: fur, whiskers, sky, grass (by position: the
// labels are worded in the page's language).
const [fur, whiskers, sky, grass] = [0, 1, 2, 3];
const [cat, field] = [0, 1];

export default function check([demo]: DemoResults) {
  const squeeze = heatmapWithId([demo], 'squeeze-mean-of-each-channel');
  const excitation = heatmapWithId([demo], 'excitation-channel-weights');
  for (const h of [squeeze, excitation]) {
    expect(h.shape).toEqual([2, 4]);
    expect(h.rowLabels).toHaveLength(2);
    expect(h.colLabels).toHaveLength(4);
  }
  const means = matrix(squeeze);
  const w = matrix(excitation);

  // The squeeze is each channel's average over the 4x4 positions, as built in the text.
  [0.6, 0.3, 0.9, 0.5].forEach((m, c) => expect(means[cat][c]).toBeCloseTo(m, 5));
  [0.05, 0, 0.9, 0.6].forEach((m, c) => expect(means[field][c]).toBeCloseTo(m, 5));

  // Sigmoid gates in (0, 1); the rows are not distributions.
  expect(w.flat().every((v) => v > 0 && v < 1)).toBe(true);
  // Cat image: fur and whiskers about 0.91, sky and grass about 0.13 ...
  expect(w[cat][fur]).toBeGreaterThan(0.9);
  expect(w[cat][whiskers]).toBeGreaterThan(0.9);
  expect(w[cat][sky]).toBeLessThan(0.15);
  expect(w[cat][grass]).toBeLessThan(0.15);
  // ... although sky has the largest mean there.
  expect(Math.max(...means[cat])).toBe(means[cat][sky]);
  // The same sky mean gets about 0.62 in the empty field, and fur drops to about 0.27.
  expect(means[field][sky]).toBeCloseTo(means[cat][sky], 5);
  expect(w[field][sky]).toBeGreaterThan(0.6);
  expect(w[field][sky]).toBeLessThan(0.65);
  expect(w[field][fur]).toBeGreaterThan(0.25);
  expect(w[field][fur]).toBeLessThan(0.3);
}
