import { expect } from 'vitest';
import {
  consoleText,
  expectRowsSumToOne,
  heatmapWithId,
  matrix,
  mostAttended,
  type DemoResults,
} from './helpers';

// Question 19: BiDAF between "marie curie was born in warsaw in 1867" and "where was curie born".
export default function check([demo]: DemoResults) {
  const c2q = heatmapWithId([demo], 'context-to-query-attention');
  expect(c2q.shape).toEqual([8, 4]);
  const passage = ['marie', 'curie', 'was', 'born', 'in', 'warsaw', 'in', '1867'];
  expect(c2q.rowLabels).toEqual(passage);
  expect(c2q.colLabels).toEqual(['where', 'was', 'curie', 'born']);
  expectRowsSumToOne(matrix(c2q));
  // "warsaw attends to where, born to born and curie to curie"
  expect(mostAttended(c2q, passage.indexOf('warsaw'))).toBe('where');
  expect(mostAttended(c2q, passage.indexOf('born'))).toBe('born');
  expect(mostAttended(c2q, passage.indexOf('curie'))).toBe('curie');

  const start = heatmapWithId([demo], 'where-the-answer-starts');
  expect(start.shape).toEqual([1, 8]);
  expectRowsSumToOne(matrix(start));
  // "The start distribution then peaks on warsaw", at about 0.9.
  expect(mostAttended(start, 0)).toBe('warsaw');
  expect(matrix(start)[0][5]).toBeGreaterThan(0.85);

  // The query-to-context weights are printed (after a label in the page's language, as the
  // [1, 8] tensor): equal for the five perfect matches, tiny for 1867.
  const text = consoleText([demo]);
  expect(text).toContain('Tensor float32 [1, 8]');
  const numbers = (text.split('Tensor float32 [1, 8]')[1].match(/-?\d+\.\d+(e-?\d+)?/g) ?? []).map(
    Number,
  );
  expect(numbers).toHaveLength(8);
  const q2c = numbers;
  expect(Math.abs(q2c.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-4);
  for (const t of [1, 2, 3, 5]) expect(q2c[t]).toBeCloseTo(q2c[0], 5);
  expect(q2c[7]).toBeLessThan(Math.min(...q2c.slice(0, 7)));
}
