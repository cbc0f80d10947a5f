import { expect } from 'vitest';
import {
  expectRowsSumToOne,
  heatmapTitled,
  matrix,
  mostAttended,
  type DemoResults,
} from './helpers';

// Question 12: attention pooling over the frames of "yes", with a hand-set speech direction.
export default function check([pooling]: DemoResults) {
  const map = heatmapTitled([pooling], 'Attention over frames');
  expect(map.shape).toEqual([1, 12]);
  const labels = map.colLabels ?? [];
  expect(labels).toEqual([
    '0 sil',
    '1 sil',
    '2 sil',
    '3 y',
    '4 y',
    '5 e',
    '6 e',
    '7 e',
    '8 s',
    '9 s',
    '10 sil',
    '11 sil',
  ]);
  const [weights] = matrix(map);
  expectRowsSumToOne([weights]);
  const at = (t: number) => weights[t];
  const speech = [3, 4, 5, 6, 7, 8, 9];
  // "the speech frames take about 90% of the weight"
  const speechShare = speech.reduce((s, t) => s + at(t), 0);
  expect(speechShare).toBeGreaterThan(0.85);
  expect(speechShare).toBeLessThan(0.95);
  expect(mostAttended(map, 0)).not.toMatch(/sil/);
  // "the two silent frames after the word get more weight than the three before it"
  for (const after of [10, 11])
    for (const before of [0, 1, 2]) expect(at(after)).toBeGreaterThan(at(before));
  // "the s frames get less weight than the vowels"
  const vowels = [3, 4, 5, 6, 7];
  expect(Math.max(at(8), at(9))).toBeLessThan(Math.min(...vowels.map(at)));
}
