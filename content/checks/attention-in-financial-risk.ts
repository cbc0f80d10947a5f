import { expect } from 'vitest';
import {
  type DemoResults,
  expectRowsSumToOne,
  heatmapWithId,
  matrix,
  tableWithId,
} from './helpers';

// Question 28: a fraud-pattern query attends over padded transaction histories.
export default function check([histories]: DemoResults) {
  const heat = heatmapWithId([histories], 'attention-of-the-fraud-query-over');
  expect(heat.shape).toEqual([3, 8]);
  // Rows: accounts A, B, C (by position).
  expect(heat.rowLabels).toHaveLength(3);
  const [a, b, c] = matrix(heat);
  expectRowsSumToOne([a, b, c]);
  // Padding gets exactly zero: A has 5 transactions, C has 3.
  expect(a.slice(5)).toEqual([0, 0, 0]);
  expect(c.slice(3)).toEqual([0, 0, 0, 0, 0]);
  expect(Array.from(heat.mask ?? []).filter((m) => m === 1)).toHaveLength(8);
  // Over 90% of B's weight is on the burst #5..#8, and the test charge #4 gets under 2%.
  expect(b.slice(4).reduce((s, w) => s + w, 0)).toBeGreaterThan(0.9);
  expect(b[3]).toBeLessThan(0.02);

  const risk = tableWithId([histories], 'risk-per-account');
  // Rows by position: accounts A, B, C.
  expect(risk.rows.map((r) => r[0])).toEqual(heat.rowLabels);
  const [rowA, rowB, rowC] = risk.rows;
  // B is the clear alert (about 0.9); A is below 0.1; C stays around 0.21.
  expect(Number(rowB[1])).toBeGreaterThan(0.85);
  expect(Number(rowA[1])).toBeLessThan(0.1);
  expect(Number(rowC[1])).toBeGreaterThan(0.15);
  expect(Number(rowC[1])).toBeLessThan(0.3);
  // C's most attended transaction is #2, the furniture purchase, with most of C's weight (0.63);
  // B's is #6, the jewellery (the merchant's name is worded in the page's language).
  expect(String(rowC[2])).toMatch(/^#2 /);
  expect(Number(rowC[3])).toBeCloseTo(0.63, 2);
  expect(String(rowB[2])).toMatch(/^#6 /);

  // The analyst's list for B matches the heatmap's row.
  const reasons = tableWithId([histories], 'account-b-which-transactions-mattered');
  expect(reasons.rows).toHaveLength(8);
  reasons.rows.forEach((r, i) => expect(Number(r[1])).toBeCloseTo(b[i], 3));
}
