import { expect } from 'vitest';
import {
  argmax,
  expectRowsSumToOne,
  heatmapTitled,
  matrix,
  mostAttended,
  type DemoResults,
} from './helpers';

// Question 12: a character-by-frame alignment (additive attention, hand-set, with and without a
// location term), then attention pooling over the frames of "yes" with a hand-set scorer.
export default function check([alignment, pooling]: DemoResults) {
  checkAlignment(alignment);
  checkPooling(pooling);
}

const phones = ['sil', 'y', 'y', 'e', 'e', 'e', 's', 's', 'sil'];
const frameLabels = [...phones, ...phones.slice(1)].map((p, t) => `${t} ${p}`);
// The frames of each character of "yes yes", from the phone labels.
const stretches = [
  [1, 2],
  [3, 4, 5],
  [6, 7],
  [9, 10],
  [11, 12, 13],
  [14, 15],
];
const share = (row: number[], frames: number[]) => frames.reduce((s, t) => s + row[t], 0);

function checkAlignment(demo: DemoResults[number]) {
  const content = heatmapTitled([demo], 'Content only');
  const located = heatmapTitled([demo], 'Content and location');
  for (const map of [content, located]) {
    expect(map.shape).toEqual([6, 17]);
    expect(map.rowLabels).toEqual(['1 y', '2 e', '3 s', '4 y', '5 e', '6 s']);
    expect(map.colLabels).toEqual(frameLabels);
    expectRowsSumToOne(matrix(map));
  }

  // "With content only, both y's attend to both stretches of 'y' equally": the same row twice,
  // half on each word, so the alignment does not move forward.
  const c = matrix(content);
  for (const i of [0, 3]) {
    expect(share(c[i], stretches[0])).toBeCloseTo(share(c[i], stretches[3]), 4);
    expect(share(c[i], stretches[0])).toBeGreaterThan(0.35);
  }
  expect(c[3]).toEqual(c[0]);

  // "With the location term ... the alignment moves steadily forward in time": each character
  // puts most of its weight on its own stretch, and the mean frame rises row by row.
  const m = matrix(located);
  const centre = (row: number[]) => row.reduce((s, w, t) => s + w * t, 0);
  m.forEach((row, i) => {
    expect(share(row, stretches[i])).toBeGreaterThan(0.85);
    expect(stretches[i]).toContain(argmax(row));
    if (i > 0) {
      expect(argmax(row)).toBeGreaterThan(argmax(m[i - 1]));
      expect(centre(row)).toBeGreaterThan(centre(m[i - 1]) + 1);
    }
  });
}

function checkPooling(pooling: DemoResults[number]) {
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
