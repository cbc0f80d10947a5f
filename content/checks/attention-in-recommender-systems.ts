import { expect } from 'vitest';
import {
  displays,
  expectRowsSumToOne,
  heatmapWithId,
  matrix,
  mostAttended,
  type DemoResults,
} from './helpers';

// Question 14: each candidate attends over the history; candidate-aware scores beat the average.
export default function check([demo]: DemoResults) {
  const map = heatmapWithId([demo], 'candidate-attention-over-the-history');
  expect(map.shape).toEqual([3, 6]);
  expect(map.rowLabels).toEqual(['trail running shoes', 'space opera novel', 'milk frother']);
  const history = map.colLabels ?? [];
  const m = matrix(map);
  expectRowsSumToOne(m);
  // "more than 85% of its weight on the history items from its own category"
  const category = [
    ['running shoes', 'sports watch', 'trail socks'],
    ['sci-fi novel', 'fantasy novel'],
    ['espresso beans'],
  ];
  category.forEach((names, row) => {
    const share = names.reduce((s, name) => s + m[row][history.indexOf(name)], 0);
    expect(share).toBeGreaterThan(0.85);
    expect(names).toContain(mostAttended(map, row));
  });

  // "The candidate-aware score is higher for every candidate."
  const table = displays([demo]).find((d) => d.kind === 'table');
  expect(table?.kind).toBe('table');
  if (table?.kind !== 'table') return;
  expect(table.columns).toEqual(['candidate', 'average of history', 'candidate-aware']);
  expect(table.rows).toHaveLength(3);
  for (const [, average, aware] of table.rows)
    expect(Number(aware)).toBeGreaterThan(Number(average));
}
