import { expect } from 'vitest';
import {
  argmax,
  type DemoResults,
  expectRowsSumToOne,
  heatmapWithId,
  matrix,
  tableWithId,
} from './helpers';

// Question 25: attention pooling over visits, an exact contribution map, and erasure.
export default function check([visits]: DemoResults) {
  const attention = heatmapWithId([visits], 'attention-over-visits');
  expect(attention.shape).toEqual([2, 8]);
  const weights = matrix(attention);
  expectRowsSumToOne(weights);
  // Patient A's two padding slots get exactly zero.
  expect(weights[0].slice(6)).toEqual([0, 0]);
  // Visit 4 (the very high blood sugar) gets about 82% of patient A's weight.
  expect(argmax(weights[0])).toBe(3);
  expect(weights[0][3]).toBeGreaterThan(0.78);
  expect(weights[0][3]).toBeLessThan(0.86);
  // Patient B's weights are spread: no visit above twice the even share of 1/8.
  expect(Math.max(...weights[1])).toBeLessThan(2 / 8);
  // Visit 6 (kidneys) gets little weight.
  expect(weights[0][5]).toBeLessThan(0.1);

  // Contribution map: largest cell is HbA1c at visit 4; padding rows are zero.
  const contributions = heatmapWithId([visits], 'patient-a-contribution-to-the-risk');
  expect(contributions.shape).toEqual([8, 5]);
  // Columns: HbA1c, glucose, systolic BP, BMI, creatinine (by position).
  expect(contributions.colLabels).toHaveLength(5);
  expect(contributions.colLabels![0]).toBe('HbA1c');
  const cells = matrix(contributions);
  const flat = cells.flat();
  expect(argmax(flat)).toBe(3 * 5 + 0);
  expect(cells[6].concat(cells[7]).every((v) => v === 0)).toBe(true);

  // Risk about 0.91 for A and 0.10 for B; bias + contributions equals the logit.
  const risk = tableWithId([visits], 'risk-of-a-complication');
  const [rowA, rowB] = risk.rows;
  expect(Number(rowA[1])).toBeCloseTo(0.91, 1);
  expect(Number(rowB[1])).toBeCloseTo(0.1, 1);
  for (const row of risk.rows) expect(Number(row[3])).toBeCloseTo(Number(row[2]), 3);
  // The map's cells are patient A's contributions: they add up to A's logit minus the bias (-3).
  expect(flat.reduce((a, b) => a + b, 0) - 3).toBeCloseTo(Number(rowA[2]), 3);

  // Erasing visit 4 lowers the risk only to about 0.78, and it is the largest drop.
  const erasure = tableWithId([visits], 'patient-a-erasing-one-visit-at');
  expect(erasure.rows).toHaveLength(6);
  const changes = erasure.rows.map((r) => Number(r[3]));
  expect(argmax(changes.map((c) => -c))).toBe(3);
  expect(Number(erasure.rows[3][2])).toBeCloseTo(0.78, 1);
  expect(Number(erasure.rows[3][2])).toBeGreaterThan(0.7);
}
