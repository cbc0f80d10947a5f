import { expect } from 'vitest';
import {
  argmax,
  type DemoResults,
  expectRowsSumToOne,
  heatmapWithId,
  matrix,
  tableWithId,
} from './helpers';

// Question 11: a softmax bandit over four headlines; allocation shifts as clicks arrive.
export default function check([bandit]: DemoResults) {
  const heat = heatmapWithId([bandit], 'policy-over-time');
  // The title names the temperature in either language.
  expect(heat.title).toContain('0.1');
  expect(heat.shape).toEqual([4, 300]);
  // Rows by position: plain, question, number, quote (worded in the page's language).
  expect(heat.rowLabels).toHaveLength(4);
  const rows = matrix(heat);
  const columns = Array.from({ length: 300 }, (_, t) => rows.map((row) => row[t]));
  // Every column is a probability distribution over the four headlines.
  expectRowsSumToOne(columns);
  // The first column is even: all estimates start equal.
  for (const p of columns[0]) expect(p).toBeCloseTo(0.25, 6);
  // After one click on "plain", T = 0.1 bets almost everything on it: e^10 / (e^10 + 3).
  expect(columns[1][0]).toBeCloseTo(Math.exp(10) / (Math.exp(10) + 3), 4);
  // The favourite moves from plain to number to quote, and ends on quote.
  const favourites = columns.map((c) => argmax(c));
  const order = favourites.filter((f, t) => t === 0 || f !== favourites[t - 1]);
  expect(favourites[1]).toBe(0);
  expect(order.slice(0, 3)).toEqual([0, 2, 3]);
  expect(favourites.at(-1)).toBe(3);

  const after = tableWithId([bandit], 'after-300-visitors');
  const shown = after.rows.map((r) => Number(r[3]));
  expect(shown.reduce((a, b) => a + b, 0)).toBe(300);
  // Quote was shown more often than the other three together.
  expect(shown[3]).toBeGreaterThan(shown[0] + shown[1] + shown[2]);
  // "question" was shown once, got no click, and its estimate stayed 0.
  expect(after.rows[1][0]).toBe(heat.rowLabels![1]);
  expect(shown[1]).toBe(1);
  expect(after.rows[1][2]).toBe(0);
  // The plain headline's estimate fell towards its true rate of 0.2.
  expect(Math.abs(Number(after.rows[0][2]) - 0.2)).toBeLessThan(0.1);

  // Over 50 seeds: T = 0.1 earns the most; T = 0.01 ends on the best less often;
  // T = 1 stays close to uniform (share on the best near 1/4).
  const averages = tableWithId([bandit], 'average-over-50-seeds');
  expect(averages.rows.map((r) => r[0])).toEqual([0.01, 0.1, 1]);
  const clicks = averages.rows.map((r) => Number(r[1]));
  expect(argmax(clicks)).toBe(1);
  const endOnBest = averages.rows.map((r) => Number(r[3]));
  expect(endOnBest[0]).toBeLessThan(0.5);
  expect(endOnBest[0]).toBeLessThan(endOnBest[1]);
  expect(Number(averages.rows[2][2])).toBeLessThan(0.4);
}
