import { expect } from 'vitest';
import {
  columnsOf,
  expectRowsSumToOne,
  heatmapWithId,
  lines,
  matrix,
  seriesOf,
  tableWithId,
  type DemoResults,
} from './helpers';

// Question 31: without positions, self-attention is permutation-equivariant (permuting the input
// permutes the output and both axes of the weights); with RoPE, the score of two rotated vectors
// depends only on their offset.
export default function check([permutation, rope]: DemoResults) {
  const tokens = ['dog', 'bites', 'the', 'man'];
  const order = [3, 1, 2, 0];
  const original = heatmapWithId([permutation], 'no-positions-original-order');
  const permuted = heatmapWithId([permutation], 'no-positions-permuted-order');
  expect(original.shape).toEqual([4, 4]);
  expect(original.rowLabels).toEqual(tokens);
  expect(permuted.rowLabels).toEqual(['man', 'bites', 'the', 'dog']);
  const [a, b] = [matrix(original), matrix(permuted)];
  expectRowsSumToOne(a);
  expectRowsSumToOne(b);
  // f(PX) = P f(X): the permuted weights are P W Pᵀ, entry (i, j) = W[order[i]][order[j]].
  b.forEach((row, i) =>
    row.forEach((w, j) => expect(Math.abs(w - a[order[i]][order[j]])).toBeLessThan(1e-5)),
  );
  // The map is not trivially symmetric under the permutation: something did move.
  expect(a.some((row, i) => row.some((w, j) => Math.abs(w - b[i][j]) > 1e-3))).toBe(true);
  const table = tableWithId([permutation], 'does-permuting-the-input-only-permute');
  // Rows: no positions, then sinusoidal positions.
  const { gap } = columnsOf(table, ['positions', 'gap']);
  expect(gap).toHaveLength(2);
  const [withoutPositions, withPositions] = gap.map(Number);
  expect(withoutPositions).toBeLessThan(1e-5);
  expect(withPositions).toBeGreaterThan(1e-2);

  // RoPE: rows with the same m - n give the same score, wherever they sit.
  const scores = tableWithId([rope], 'scores-of-the-same-two-vectors');
  const columns = columnsOf(scores, ['m', 'n', 'offset', 'score']);
  expect(columns.offset).toEqual([3, 3, 3, 0, 0, -3]);
  const s = columns.score.map(Number);
  for (const i of [1, 2]) expect(Math.abs(s[i] - s[0])).toBeLessThan(1e-4);
  expect(Math.abs(s[4] - s[3])).toBeLessThan(1e-4);
  // A different offset, even of the same size with the other sign, gives a different score.
  expect(Math.abs(s[5] - s[0])).toBeGreaterThan(1e-3);
  expect(Math.abs(s[3] - s[0])).toBeGreaterThan(1e-3);
  const [line] = lines([rope]);
  expect(line.id).toBe('score-against-offset-m-n');
  expect(line.x).toEqual(Array.from({ length: 33 }, (_, i) => i));
  const { fromStart, fromLater } = seriesOf(line, ['fromStart', 'fromLater']);
  expect(fromStart).toHaveLength(33);
  fromStart.forEach((v, i) => expect(Math.abs(v - fromLater[i])).toBeLessThan(1e-3));
  // The score does change with the offset.
  expect(Math.max(...fromStart) - Math.min(...fromStart)).toBeGreaterThan(0.5);
  // The table and the line agree: offset 3 in the line is the score of the offset-3 rows.
  expect(Math.abs(fromStart[3] - s[0])).toBeLessThan(1e-4);
  expect(Math.abs(fromStart[0] - s[3])).toBeLessThan(1e-4);
}
