import { expect } from 'vitest';
import type { Display, HeatmapDisplay, LineDisplay, TableDisplay } from '@/lib/runtime/displays';
import type { ExecuteResult } from '@/lib/runtime/execute';

/**
 * Helpers for the per-page demo checks: each page's check file reads what its demo showed
 * and asserts the property the page's text claims.
 */
export type DemoResults = ExecuteResult[];

export function displays(results: DemoResults): Display[] {
  return results.flatMap((r) => r.displays);
}

export function heatmaps(results: DemoResults): HeatmapDisplay[] {
  return displays(results).filter((d): d is HeatmapDisplay => d.kind === 'heatmap');
}

export function lines(results: DemoResults): LineDisplay[] {
  return displays(results).filter((d): d is LineDisplay => d.kind === 'line');
}

/**
 * The heatmap with this id (`show.heatmap(..., { id })`); fails the test when there is none.
 * Checks find charts by id, never by title: the Chinese pages word their titles in Chinese.
 */
export function heatmapWithId(results: DemoResults, id: string): HeatmapDisplay {
  const found = heatmaps(results).find((h) => h.id === id);
  expect(found, `no heatmap with id ${id}`).toBeDefined();
  return found as HeatmapDisplay;
}

/** The table with this id; fails the test when there is none. */
export function tableWithId(results: DemoResults, id: string): TableDisplay {
  const found = displays(results).find((d): d is TableDisplay => d.kind === 'table' && d.id === id);
  expect(found, `no table with id ${id}`).toBeDefined();
  return found as TableDisplay;
}

/**
 * The columns of a table by position, under the names the check gives them:
 * `const { keys, max } = columnsOf(table, ['keys', 'max'])`. Checks never read a column by its
 * header, which the Chinese pages word in Chinese. Fails when the table has another number of
 * columns, so a column added or dropped is noticed.
 */
export function columnsOf<const Name extends string>(
  table: TableDisplay,
  names: readonly Name[],
): Record<Name, (string | number)[]> {
  expect(table.columns, `columns of table ${table.id}`).toHaveLength(names.length);
  return Object.fromEntries(
    names.map((name, index) => [name, table.rows.map((row) => row[index])]),
  ) as Record<Name, (string | number)[]>;
}

/** The series of a line chart by position, under the names the check gives them (as columnsOf). */
export function seriesOf<const Name extends string>(
  line: LineDisplay,
  names: readonly Name[],
): Record<Name, number[]> {
  expect(line.series, `series of line chart ${line.id}`).toHaveLength(names.length);
  return Object.fromEntries(
    names.map((name, index) => [name, line.series[index].values]),
  ) as Record<Name, number[]>;
}

/** Rows of a 2-D heatmap (or of head `head` of a [H, L, S] one). */
export function matrix(display: HeatmapDisplay, head = 0): number[][] {
  const [rows, cols] =
    display.shape.length === 3
      ? display.shape.slice(1)
      : display.shape.length === 2
        ? display.shape
        : [1, display.shape[0]];
  const offset = display.shape.length === 3 ? head * rows * cols : 0;
  return Array.from({ length: rows }, (_, r) =>
    Array.from(display.data.slice(offset + r * cols, offset + (r + 1) * cols)),
  );
}

/** Asserts every row of the matrix is a probability distribution. */
export function expectRowsSumToOne(m: number[][], tolerance = 1e-4) {
  for (const row of m) {
    expect(row.every((v) => v >= 0)).toBe(true);
    expect(Math.abs(row.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(tolerance);
  }
}

export function argmax(values: number[]): number {
  return values.reduce((best, v, i) => (v > values[best] ? i : best), 0);
}

/** The label of the largest entry of a row, using the heatmap's column labels. */
export function mostAttended(display: HeatmapDisplay, row: number, head = 0): string {
  const m = matrix(display, head);
  const index = argmax(m[row]);
  return display.colLabels?.[index] ?? String(index);
}

/** All console text of the runs, joined. */
export function consoleText(results: DemoResults): string {
  return results.flatMap((r) => r.logs.map((l) => l.text)).join('\n');
}
