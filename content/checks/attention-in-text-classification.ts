import { expect } from 'vitest';
import { expectRowsSumToOne, heatmapWithId, matrix, type DemoResults } from './helpers';

// Question 18: LSTM + masked attention pooling; which words the sentence vectors came from.
export default function check([demo]: DemoResults) {
  const first = heatmapWithId([demo], 'attention-over-words-sentence-1');
  const second = heatmapWithId([demo], 'attention-over-words-sentence-2');
  expect(first.colLabels).toEqual(['striker', 'scored', 'a', 'late', 'goal', '<pad>', '<pad>']);
  expect(second.colLabels).toEqual(['the', 'new', 'phone', 'has', 'a', 'faster', 'chip']);

  const ranked = (display: typeof first) => {
    const [row] = matrix(display);
    expect(display.shape).toEqual([1, 7]);
    expectRowsSumToOne([row]);
    return row.map((w, t) => ({ w, word: display.colLabels?.[t] ?? '' })).sort((a, b) => b.w - a.w);
  };
  const r1 = ranked(first);
  const r2 = ranked(second);

  // Padding is drawn as masked and gets exactly zero weight.
  expect(Array.from(first.mask ?? [])).toEqual([0, 0, 0, 0, 0, 1, 1]);
  expect(matrix(first)[0].slice(5)).toEqual([0, 0]);

  // "the two largest weights fall on topic words"
  expect(
    r1
      .slice(0, 2)
      .map((r) => r.word)
      .sort(),
  ).toEqual(['scored', 'striker']);
  expect(
    r2
      .slice(0, 2)
      .map((r) => r.word)
      .sort(),
  ).toEqual(['chip', 'phone']);
  // "the function words get the smallest" (among the real words)
  expect(r1.filter((r) => r.word !== '<pad>').at(-1)?.word).toBe('a');
  expect(
    r2
      .slice(-3)
      .map((r) => r.word)
      .sort(),
  ).toEqual(['a', 'has', 'the']);
  // "goal gets less weight than late"
  const [row1] = matrix(first);
  expect(row1[4]).toBeLessThan(row1[3]);
}
