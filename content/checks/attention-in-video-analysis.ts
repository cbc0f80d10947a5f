import { expect } from 'vitest';
import { displays, expectRowsSumToOne, heatmapWithId, matrix, type DemoResults } from './helpers';

// Question 13: GRU + temporal attention pooling over a football clip; the key frames.
export default function check([clip]: DemoResults) {
  const map = heatmapWithId([clip], 'temporal-attention-over-frames');
  expect(map.shape).toEqual([1, 10]);
  const labels = map.colLabels ?? [];
  expect(labels[5]).toBe('5 shot');
  expect(labels[6]).toBe('6 goal');
  const [weights] = matrix(map);
  expectRowsSumToOne([weights]);
  const byWeight = weights.map((w, t) => [w, labels[t]] as const).sort((a, b) => b[0] - a[0]);
  // "the goal and the shot are the top two key frames"
  expect(
    byWeight
      .slice(0, 2)
      .map(([, l]) => l)
      .sort(),
  ).toEqual(['5 shot', '6 goal']);
  // "the replay ... gets more weight than the cross that led to it"
  expect(weights[labels.indexOf('8 replay')]).toBeGreaterThan(weights[labels.indexOf('4 cross')]);

  // The key-frame table lists the three largest weights, largest first.
  const table = displays([clip]).find((d) => d.kind === 'table' && d.id === 'key-frames');
  expect(table?.kind).toBe('table');
  if (table?.kind !== 'table') return;
  expect(table.rows.map((r) => r[0])).toEqual(byWeight.slice(0, 3).map(([, l]) => l));
}
