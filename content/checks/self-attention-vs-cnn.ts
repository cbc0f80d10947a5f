import { expect } from 'vitest';
import { argmax, expectRowsSumToOne, heatmapWithId, matrix, type DemoResults } from './helpers';

// Question 7: a 3x3 conv reaches only neighbours (the far corner after three layers);
// one attention layer links the red twins across the grid; a conv stem gives tokens context.
const names = Array.from({ length: 16 }, (_, i) => `r${Math.floor(i / 4)}c${i % 4}`);
const [r0c0, r0c1, r1c0, r1c1, r3c3] = [0, 1, 4, 5, 15];
const grass = names.map((_, i) => i).filter((i) => i !== r0c0 && i !== r3c3);

export default function check([demo]: DemoResults) {
  const conv = heatmapWithId([demo], 'conv-which-input-patches-reach-each');
  const attention = heatmapWithId([demo], 'self-attention-weights');
  const hybrid = heatmapWithId([demo], 'hybrid-attention-after-a-conv-stem');
  expect(conv.shape).toEqual([3, 16, 16]);
  expect(attention.shape).toEqual([16, 16]);
  expect(hybrid.shape).toEqual([16, 16]);
  expect(attention.rowLabels).toEqual(names);

  // One conv layer: r0c0 uses exactly r0c0, r0c1, r1c0, r1c1, each with 1/9.
  const one = matrix(conv, 0);
  one[r0c0].forEach((v, i) => {
    if ([r0c0, r0c1, r1c0, r1c1].includes(i)) expect(v).toBeCloseTo(1 / 9, 6);
    else expect(v).toBe(0);
  });
  // No output row of one layer uses more than its 3x3 neighbourhood.
  for (const row of one) expect(row.filter((v) => v !== 0).length).toBeLessThanOrEqual(9);
  // The far corner reaches r0c0 only after three layers.
  expect(matrix(conv, 1)[r0c0][r3c3]).toBe(0);
  expect(matrix(conv, 2)[r0c0][r3c3]).toBeGreaterThan(0);

  // Self-attention: rows are distributions over all 16 patches, every weight positive.
  const a = matrix(attention);
  expectRowsSumToOne(a);
  expect(a.flat().every((v) => v > 0)).toBe(true);
  // r0c0 gives about 0.45 to itself and to its far twin, under 0.01 to each grass neighbour.
  expect(a[r0c0][r3c3]).toBeGreaterThan(0.4);
  expect(a[r0c0][r0c0]).toBeCloseTo(a[r0c0][r3c3], 5);
  expect(a[r0c0][r0c1]).toBeLessThan(0.01);
  expect(a[r0c0][r1c0]).toBeLessThan(0.01);
  // Identical grass tokens have identical rows: attention does not know where a patch is.
  for (const i of grass) a[i].forEach((v, j) => expect(v).toBeCloseTo(a[grass[0]][j], 6));

  // Hybrid: still distributions; the twins still find each other (about 0.39 each)...
  const h = matrix(hybrid);
  expectRowsSumToOne(h);
  expect([r0c0, r3c3]).toContain(argmax(h[r0c0]));
  expect(h[r0c0][r3c3]).toBeGreaterThan(0.35);
  // ...but grass rows now differ, because each token carries its neighbourhood.
  const differs = (x: number[], y: number[]) => x.some((v, j) => Math.abs(v - y[j]) > 1e-3);
  expect(differs(h[r0c1], h[r1c1])).toBe(true);
}
