import { expect } from 'vitest';
import type { TableDisplay } from '@/lib/runtime/displays';
import { displays, heatmapWithId, matrix, type DemoResults } from './helpers';

// Question 8: a softmax over priorities shares 10 CPU-hours an hour among arriving tasks.
export default function check([allocator]: DemoResults) {
  const heat = heatmapWithId([allocator], 'cpu-hours-per-task');
  expect(heat.title).toContain('1');
  expect(heat.shape).toEqual([5, 16]);
  // Rows by position: checkout API tests, search index rebuild, nightly report, security patch,
  // log cleanup (worded in the page's language).
  expect(heat.rowLabels).toHaveLength(5);
  const rows = matrix(heat);
  const column = (hour: number) => rows.map((row) => row[hour]);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

  // Work-conserving: 130 units at 10 an hour fill hours 0..12 completely, then nothing is left.
  for (let hour = 0; hour <= 12; hour++) expect(sum(column(hour))).toBeCloseTo(10, 3);
  for (let hour = 13; hour < 16; hour++) expect(sum(column(hour))).toBe(0);
  for (const row of rows) for (const v of row) expect(v).toBeGreaterThanOrEqual(0);

  // First hours: a priority gap of 1 is a factor e; shares 10 e^3 / (e^3 + e^2 + 1) and so on.
  const z = Math.exp(3) + Math.exp(2) + Math.exp(0);
  expect(rows[0][0]).toBeCloseTo((10 * Math.exp(3)) / z, 2);
  expect(rows[1][0]).toBeCloseTo((10 * Math.exp(2)) / z, 2);
  expect(rows[2][0]).toBeCloseTo(10 / z, 2);
  expect(rows[0][0] / rows[1][0]).toBeCloseTo(Math.E, 3);

  // Nothing before arrival: the patch at hour 5, the cleanup at hour 8.
  expect(rows[3].slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
  expect(rows[4].slice(0, 8)).toEqual(new Array(8).fill(0));
  // The patch takes over 9 CPU-hours an hour on arrival and is done two hours later.
  expect(rows[3][5]).toBeGreaterThan(9);
  expect(rows[3][6]).toBeGreaterThan(9);
  expect(rows[3][7]).toBeGreaterThan(0);
  expect(rows[3].slice(8).every((v) => v === 0)).toBe(true);

  // The table: lower temperature, earlier patch; every temperature ends in hour 12.
  const table = displays([allocator]).find((d): d is TableDisplay => d.kind === 'table')!;
  // Columns: task, priority, then one per temperature.
  expect(table.columns.slice(2)).toEqual(['T = 0.1', 'T = 1', 'T = 10']);
  expect(table.rows.map((r) => r[0])).toEqual(heat.rowLabels);
  const finish = table.rows.map((r) => r.slice(2).map(Number));
  const [checkout, , , patch] = finish;
  expect(patch).toEqual([6, 7, 11]);
  expect(checkout[0]).toBeLessThan(checkout[2]);
  for (let k = 0; k < 3; k++) {
    expect(Math.max(...table.rows.map((r) => Number(r[2 + k])))).toBe(12);
  }
}
