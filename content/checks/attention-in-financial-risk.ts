import { expect } from 'vitest';
import {
  type DemoResults,
  expectRowsSumToOne,
  heatmapTitled,
  matrix,
  tableTitled,
} from './helpers';

// Question 28: a fraud-pattern query attends over padded transaction histories.
export default function check([histories]: DemoResults) {
  const heat = heatmapTitled([histories], 'Attention of the fraud query over each history');
  expect(heat.shape).toEqual([3, 8]);
  expect(heat.rowLabels).toEqual(['account A', 'account B', 'account C']);
  const [a, b, c] = matrix(heat);
  expectRowsSumToOne([a, b, c]);
  // Padding gets exactly zero: A has 5 transactions, C has 3.
  expect(a.slice(5)).toEqual([0, 0, 0]);
  expect(c.slice(3)).toEqual([0, 0, 0, 0, 0]);
  expect(Array.from(heat.mask ?? []).filter((m) => m === 1)).toHaveLength(8);
  // Over 90% of B's weight is on the burst #5..#8, and the test charge #4 gets under 2%.
  expect(b.slice(4).reduce((s, w) => s + w, 0)).toBeGreaterThan(0.9);
  expect(b[3]).toBeLessThan(0.02);

  const risk = tableTitled([histories], /^Risk per account$/);
  const score = Object.fromEntries(risk.rows.map((r) => [r[0], Number(r[1])]));
  // B is the clear alert (about 0.9); A is below 0.1; C stays around 0.21.
  expect(score['account B']).toBeGreaterThan(0.85);
  expect(score['account A']).toBeLessThan(0.1);
  expect(score['account C']).toBeGreaterThan(0.15);
  expect(score['account C']).toBeLessThan(0.3);
  // C's most attended transaction is the furniture purchase, with most of C's weight (0.63).
  const rowC = risk.rows.find((r) => r[0] === 'account C')!;
  expect(rowC[2]).toBe('#2 furniture store');
  expect(Number(rowC[3])).toBeCloseTo(0.63, 2);
  expect(risk.rows.find((r) => r[0] === 'account B')![2]).toBe('#6 jewellery');

  // The analyst's list for B matches the heatmap's row.
  const reasons = tableTitled([histories], /^Account B: which transactions mattered$/);
  expect(reasons.rows).toHaveLength(8);
  reasons.rows.forEach((r, i) => expect(Number(r[1])).toBeCloseTo(b[i], 3));
}
