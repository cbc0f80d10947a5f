import { expect } from 'vitest';
import {
  consoleText,
  expectRowsSumToOne,
  heatmapWithId,
  matrix,
  mostAttended,
  type DemoResults,
} from './helpers';

const tokens = ['the', 'cat', 'sat', 'on', 'the', 'mat'];

// Question 6: head 1 links words of the same kind, head 2 looks at the previous word, and the
// averaged map is the mean of the two.
export default function check([demo]: DemoResults) {
  const perHead = heatmapWithId([demo], 'per-head-weights');
  expect(perHead.shape).toEqual([2, 6, 6]);
  expect(perHead.headLabels).toHaveLength(2);
  expect(perHead.colLabels).toEqual(tokens);
  const head1 = matrix(perHead, 0);
  const head2 = matrix(perHead, 1);
  expectRowsSumToOne(head1);
  expectRowsSumToOne(head2);

  // Head 1: each "the" splits its weight evenly between the two "the" tokens, and that is its
  // largest weight; "cat" attends most to itself, then to the other noun, "mat".
  for (const row of [0, 4]) {
    expect(head1[row][0]).toBeCloseTo(head1[row][4], 6);
    expect(mostAttended(perHead, row, 0)).toBe('the');
  }
  expect(mostAttended(perHead, 1, 0)).toBe('cat');
  const catRow = head1[1].map((v, j) => [v, j] as const).sort((a, b) => b[0] - a[0]);
  expect(tokens[catRow[1][1]]).toBe('mat');

  // Head 2: from "cat" on, most weight on the previous token; the first token's row is uniform.
  for (let i = 1; i < 6; i++) {
    const best = head2[i].indexOf(Math.max(...head2[i]));
    expect(best).toBe(i - 1);
    expect(head2[i][i - 1]).toBeGreaterThan(0.5);
  }
  head2[0].forEach((v) => expect(v).toBeCloseTo(1 / 6, 6));

  // The averaged map is the mean of the two heads.
  const average = heatmapWithId([demo], 'average-over-heads');
  expect(average.shape).toEqual([6, 6]);
  const avg = matrix(average);
  expectRowsSumToOne(avg);
  avg.forEach((row, i) =>
    row.forEach((v, j) => expect(v).toBeCloseTo((head1[i][j] + head2[i][j]) / 2, 6)),
  );

  expect(consoleText([demo])).toContain('output [1,6,12] weights [1,2,6,6]');
}
