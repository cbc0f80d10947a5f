import { expect } from 'vitest';
import type { TableDisplay } from '@/lib/runtime/displays';
import { displays, expectRowsSumToOne, heatmapWithId, matrix, type DemoResults } from './helpers';

// Question 20: the same word "paris" is tagged LOC or PER depending on what it attends to, and
// the padding of sentence 2 gets exactly zero weight.
export default function check([demo]: DemoResults) {
  const first = heatmapWithId([demo], 'sentence-1-self-attention');
  const second = heatmapWithId([demo], 'sentence-2-self-attention');
  expect(first.shape).toEqual([6, 6]);
  expect(second.shape).toEqual([6, 6]);
  const a1 = matrix(first);
  const a2 = matrix(second);
  expectRowsSumToOne(a1);
  expectRowsSumToOne(a2);

  // Sentence 1: "paris" (row 3) puts most of its weight on "to" and "on".
  const words1 = first.colLabels ?? [];
  const to = words1.indexOf('to');
  const on = words1.indexOf('on');
  expect(a1[3][to] + a1[3][on]).toBeGreaterThan(0.5);
  a1[3].forEach((v, j) => {
    if (j !== to && j !== on) expect(v).toBeLessThan(a1[3][to]);
  });
  // Sentence 2: "paris" (row 0) attends most to "hilton".
  const words2 = second.colLabels ?? [];
  expect(words2[a2[0].indexOf(Math.max(...a2[0]))]).toBe('hilton');
  expect(a2[0][words2.indexOf('hilton')]).toBeGreaterThan(0.5);

  // Padding: the two pad columns get exactly zero weight in every row, and are drawn masked.
  const padCols = words2.flatMap((w, j) => (w === '<pad>' ? [j] : []));
  expect(padCols).toEqual([4, 5]);
  for (const row of a2) for (const j of padCols) expect(row[j]).toBe(0);
  expect(second.mask).toBeDefined();
  expect(Array.from(second.mask ?? []).filter((m) => m === 1)).toHaveLength(12);

  // Tags: LOC for "paris" after "to", PER for "paris hilton", DATE for the days; no pads listed.
  const table = displays([demo]).find((d): d is TableDisplay => d.kind === 'table');
  expect(table, 'the demo shows a table of tags').toBeDefined();
  const tagged = (table as TableDisplay).rows.map((r) => `${r[0]}:${r[1]}:${r[2]}`);
  expect(tagged).toEqual([
    '1:we:O',
    '1:flew:O',
    '1:to:O',
    '1:paris:LOC',
    '1:on:O',
    '1:monday:DATE',
    '2:paris:PER',
    '2:hilton:PER',
    '2:sang:O',
    '2:today:DATE',
  ]);
}
