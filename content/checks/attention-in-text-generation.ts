import { expect } from 'vitest';
import type { TableDisplay } from '@/lib/runtime/displays';
import {
  consoleText,
  displays,
  expectRowsSumToOne,
  heatmapWithId,
  matrix,
  mostAttended,
  type DemoResults,
} from './helpers';

function expectZeroAboveDiagonal(m: number[][]) {
  m.forEach((row, i) => row.forEach((v, j) => (j > i ? expect(v).toBe(0) : undefined)));
}

// Question 15: the causal map is zero above the diagonal and its early rows do not change when
// tokens are appended; greedy decoding with the toy model writes "the cat sat on the mat .".
export default function check([causalDemo, greedyDemo]: DemoResults) {
  const full = heatmapWithId([causalDemo], 'causal-self-attention');
  const early = heatmapWithId([causalDemo], 'the-first-three-tokens-alone');
  expect(full.shape).toEqual([6, 6]);
  expect(early.shape).toEqual([3, 3]);
  const f = matrix(full);
  expectRowsSumToOne(f);
  expectZeroAboveDiagonal(f);
  // The first token sees only itself.
  expect(f[0][0]).toBeCloseTo(1, 6);
  // Appending "on the mat" changes nothing for the first three rows.
  matrix(early).forEach((row, i) => row.forEach((v, j) => expect(f[i][j]).toBeCloseTo(v, 6)));

  const table = displays([greedyDemo]).find((d): d is TableDisplay => d.kind === 'table');
  expect(table, 'the greedy demo shows a table of steps').toBeDefined();
  const steps = (table as TableDisplay).rows;
  // The prefix column quotes its English words on the Chinese page (“the cat”).
  const prefixes = steps.map((r) => String(r[0]).replace(/^“|”$/g, ''));
  expect(steps.map((r) => r[1])).toEqual(['cat', 'sat', 'on', 'the', 'mat', '.']);
  // The step after "the cat sat on the" is the one the head decides.
  expect(prefixes[4]).toBe('the cat sat on the');
  for (const r of steps) {
    expect(Number(r[2])).toBeGreaterThan(0);
    expect(Number(r[2])).toBeLessThanOrEqual(1);
  }
  // The generated words, after a label in the page's language.
  expect(consoleText([greedyDemo])).toMatch(/ the cat sat on the mat \.$/m);

  const map = heatmapWithId([greedyDemo], 'attention-over-the-generated-text');
  expect(map.shape).toEqual([7, 7]);
  expect(map.rowLabels).toEqual(['the', 'cat', 'sat', 'on', 'the', 'mat', '.']);
  const m = matrix(map);
  expectRowsSumToOne(m);
  expectZeroAboveDiagonal(m);
  // The second "the" puts almost all its weight on "on".
  expect(mostAttended(map, 4)).toBe('on');
  expect(m[4][3]).toBeGreaterThan(0.9);
  // Every other row spreads evenly over the i + 1 tokens it may see.
  for (const i of [0, 1, 2, 3, 5, 6]) {
    for (let j = 0; j <= i; j++) expect(m[i][j]).toBeCloseTo(1 / (i + 1), 5);
  }
}
