import { expect } from 'vitest';
import { displays, expectRowsSumToOne, heatmapWithId, matrix, type DemoResults } from './helpers';

// Question 13: GRU + temporal attention pooling over a football clip; the key frames.
export default function check([clip]: DemoResults) {
  const map = heatmapWithId([clip], 'temporal-attention-over-frames');
  expect(map.shape).toEqual([1, 10]);
  // Frames by position: 0 kick-off, 1-2 pass, 3 dribble, 4 cross, 5 shot, 6 goal, 7 cheer,
  // 8 replay, 9 crowd (each label is the frame's number and its event, in the page's language).
  const labels = map.colLabels ?? [];
  expect(labels).toHaveLength(10);
  labels.forEach((label, t) => expect(label).toMatch(new RegExp(`^${t} `)));
  const [shot, goal, replay, cross] = [5, 6, 8, 4];
  const [weights] = matrix(map);
  expectRowsSumToOne([weights]);
  const byWeight = weights.map((w, t) => [w, t] as const).sort((a, b) => b[0] - a[0]);
  // "the goal and the shot are the top two key frames"
  expect(
    byWeight
      .slice(0, 2)
      .map(([, t]) => t)
      .sort(),
  ).toEqual([shot, goal]);
  // "the replay ... gets more weight than the cross that led to it"
  expect(weights[replay]).toBeGreaterThan(weights[cross]);

  // The key-frame table lists the three largest weights, largest first.
  const table = displays([clip]).find((d) => d.kind === 'table' && d.id === 'key-frames');
  expect(table?.kind).toBe('table');
  if (table?.kind !== 'table') return;
  expect(table.rows.map((r) => r[0])).toEqual(byWeight.slice(0, 3).map(([, t]) => labels[t]));
}
