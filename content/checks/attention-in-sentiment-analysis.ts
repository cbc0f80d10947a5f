import { expect } from 'vitest';
import {
  expectRowsSumToOne,
  heatmapTitled,
  matrix,
  mostAttended,
  type DemoResults,
} from './helpers';

// Question 26: BiLSTM + masked attention pooling; the words that carry the sentiment.
export default function check([demo]: DemoResults) {
  const first = heatmapTitled([demo], 'Review 1');
  const second = heatmapTitled([demo], 'Review 2');
  expect(first.shape).toEqual([1, 9]);
  expect(second.shape).toEqual([1, 9]);
  const words1 = first.colLabels ?? [];
  expect(words1).toEqual([
    'the',
    'plot',
    'was',
    'slow',
    'but',
    'the',
    'acting',
    'was',
    'brilliant',
  ]);
  expect(second.colLabels).toEqual([
    'a',
    'truly',
    'awful',
    'ending',
    '<pad>',
    '<pad>',
    '<pad>',
    '<pad>',
    '<pad>',
  ]);
  const [w1] = matrix(first);
  const [w2] = matrix(second);
  expectRowsSumToOne([w1, w2]);

  // "slow" and "brilliant" take the two largest weights, together more than 90%.
  const top2 = w1
    .map((w, t) => ({ w, word: words1[t] }))
    .sort((a, b) => b.w - a.w)
    .slice(0, 2);
  expect(top2.map((r) => r.word).sort()).toEqual(['brilliant', 'slow']);
  expect(top2[0].w + top2[1].w).toBeGreaterThan(0.9);
  // "awful" takes almost all of the second review's weight; its padding gets exactly zero.
  expect(mostAttended(second, 0)).toBe('awful');
  expect(w2[2]).toBeGreaterThan(0.95);
  expect(w2.slice(4)).toEqual([0, 0, 0, 0, 0]);
  expect(Array.from(second.mask ?? [])).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 1]);
}
