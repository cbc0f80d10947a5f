import { expect } from 'vitest';
import {
  displays,
  expectRowsSumToOne,
  heatmapWithId,
  matrix,
  mostAttended,
  type DemoResults,
} from './helpers';

// Question 30: three hand-set interest heads over a behaviour sequence; label-aware selection.
export default function check([demo]: DemoResults) {
  const heads = heatmapWithId([demo], 'what-each-interest-attends-to');
  expect(heads.shape).toEqual([3, 8]);
  const history = heads.colLabels ?? [];
  const m = matrix(heads);
  expectRowsSumToOne(m);
  // "each head puts more than 95% of its weight on one area"
  const areas = [
    ['running shoes', 'yoga mat', 'protein bar'],
    ['sci-fi novel', 'fantasy novel', 'poetry book'],
    ['espresso beans', 'moka pot'],
  ];
  areas.forEach((names, k) => {
    expect(names.reduce((s, name) => s + m[k][history.indexOf(name)], 0)).toBeGreaterThan(0.95);
  });

  // "each candidate uses the interest of its own area, with more than 95% of the weight"
  const pick = heatmapWithId([demo], 'which-interest-each-candidate-uses');
  expect(pick.shape).toEqual([3, 3]);
  expect(pick.rowLabels).toEqual(['trail running shoes', 'space opera novel', 'milk frother']);
  expectRowsSumToOne(matrix(pick));
  matrix(pick).forEach((row, i) => {
    expect(mostAttended(pick, i)).toBe(`interest ${i + 1}`);
    expect(row[i]).toBeGreaterThan(0.95);
  });

  // "the multi-interest score is higher for every candidate, and more than twice as high"
  const table = displays([demo]).find((d) => d.kind === 'table');
  expect(table?.kind).toBe('table');
  if (table?.kind !== 'table') return;
  expect(table.columns).toEqual(['candidate', 'one vector (mean)', 'multi-interest']);
  expect(table.rows).toHaveLength(3);
  for (const [, one, multi] of table.rows) expect(Number(multi)).toBeGreaterThan(2 * Number(one));
}
