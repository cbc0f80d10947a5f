import { expect } from 'vitest';
import {
  argmax,
  displays,
  expectRowsSumToOne,
  heatmapWithId,
  matrix,
  type DemoResults,
} from './helpers';

// Question 14: each candidate attends over the history; candidate-aware scores beat the average.
export default function check([demo]: DemoResults) {
  const map = heatmapWithId([demo], 'candidate-attention-over-the-history');
  expect(map.shape).toEqual([3, 6]);
  // Candidates: trail running shoes, space opera novel, milk frother. History, by position:
  // running shoes, sports watch, sci-fi novel, espresso beans, trail socks, fantasy novel (the
  // labels are worded in the page's language).
  expect(map.rowLabels).toHaveLength(3);
  expect(map.colLabels).toHaveLength(6);
  const m = matrix(map);
  expectRowsSumToOne(m);
  // "more than 85% of its weight on the history items from its own category"
  const category = [[0, 1, 4], [2, 5], [3]];
  category.forEach((items, row) => {
    const share = items.reduce((s, item) => s + m[row][item], 0);
    expect(share).toBeGreaterThan(0.85);
    expect(items).toContain(argmax(m[row]));
  });

  // "The candidate-aware score is higher for every candidate."
  const table = displays([demo]).find((d) => d.kind === 'table');
  expect(table?.kind).toBe('table');
  if (table?.kind !== 'table') return;
  // Columns: candidate, average of history, candidate-aware.
  expect(table.columns).toHaveLength(3);
  expect(table.rows).toHaveLength(3);
  for (const [, average, aware] of table.rows)
    expect(Number(aware)).toBeGreaterThan(Number(average));
}
