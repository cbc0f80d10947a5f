import { expect } from 'vitest';
import {
  consoleText,
  expectRowsSumToOne,
  heatmapWithId,
  matrix,
  mostAttended,
  type DemoResults,
} from './helpers';

const context = ['a', 'man', 'is', 'playing', 'a', 'guitar', 'on', 'stage'];
const at = (word: string) => context.indexOf(word);

// Question 3: context-to-query links each content word to its match in the query; query-to-context
// concentrates on the words that answer the query; g is [1, 8, 16].
export default function check([demo]: DemoResults) {
  const c2q = heatmapWithId([demo], 'context-to-query-weights');
  expect(c2q.shape).toEqual([8, 3]);
  const a = matrix(c2q);
  expectRowsSumToOne(a);
  expect(mostAttended(c2q, at('man'))).toBe('someone');
  expect(mostAttended(c2q, at('playing'))).toBe('plays');
  expect(mostAttended(c2q, at('guitar'))).toBe('music');
  // Words that share no feature with the query spread their weight evenly.
  for (const row of [0, 4, at('on')]) a[row].forEach((v) => expect(v).toBeCloseTo(1 / 3, 5));

  const q2c = heatmapWithId([demo], 'query-to-context-weights');
  expect(q2c.shape).toEqual([1, 8]);
  const b = matrix(q2c);
  expectRowsSumToOne(b);
  const ranked = b[0]
    .map((v, t) => [v, context[t]] as const)
    .sort((x, y) => y[0] - x[0])
    .map(([, word]) => word);
  expect(new Set(ranked.slice(0, 3))).toEqual(new Set(['man', 'playing', 'guitar']));
  expect(b[0][at('man')] + b[0][at('playing')] + b[0][at('guitar')]).toBeGreaterThan(0.8);
  for (const t of [0, at('is'), 4, at('on')]) expect(b[0][t]).toBeLessThan(0.05);

  expect(consoleText([demo])).toContain('g [1,8,16]');
}
