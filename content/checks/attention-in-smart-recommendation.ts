import { expect } from 'vitest';
import {
  argmax,
  displays,
  expectRowsSumToOne,
  heatmapWithId,
  matrix,
  type DemoResults,
} from './helpers';

// Question 30: three hand-set interest heads over a behaviour sequence; label-aware selection.
export default function check([demo]: DemoResults) {
  const heads = heatmapWithId([demo], 'what-each-interest-attends-to');
  expect(heads.shape).toEqual([3, 8]);
  // History, by position: running shoes, sci-fi novel, espresso beans, yoga mat, fantasy novel,
  // protein bar, moka pot, poetry book (the labels are worded in the page's language).
  expect(heads.colLabels).toHaveLength(8);
  const m = matrix(heads);
  expectRowsSumToOne(m);
  // "each head puts more than 95% of its weight on one area"
  const areas = [
    [0, 3, 5],
    [1, 4, 7],
    [2, 6],
  ];
  areas.forEach((items, k) => {
    expect(items.reduce((s, item) => s + m[k][item], 0)).toBeGreaterThan(0.95);
  });

  // "each candidate uses the interest of its own area, with more than 95% of the weight"
  const pick = heatmapWithId([demo], 'which-interest-each-candidate-uses');
  expect(pick.shape).toEqual([3, 3]);
  // Candidates: trail running shoes, space opera novel, milk frother; columns: interests 1 to 3.
  expect(pick.rowLabels).toHaveLength(3);
  expect(pick.colLabels).toEqual(heads.rowLabels);
  expectRowsSumToOne(matrix(pick));
  matrix(pick).forEach((row, i) => {
    expect(argmax(row)).toBe(i);
    expect(row[i]).toBeGreaterThan(0.95);
  });

  // "the multi-interest score is higher for every candidate, and more than twice as high"
  const table = displays([demo]).find((d) => d.kind === 'table');
  expect(table?.kind).toBe('table');
  if (table?.kind !== 'table') return;
  // Columns: candidate, one vector (mean), multi-interest.
  expect(table.columns).toHaveLength(3);
  expect(table.rows).toHaveLength(3);
  for (const [, one, multi] of table.rows) expect(Number(multi)).toBeGreaterThan(2 * Number(one));
}
