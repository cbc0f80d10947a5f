import { expect } from 'vitest';
import {
  consoleText,
  expectRowsSumToOne,
  heatmapWithId,
  matrix,
  type DemoResults,
} from './helpers';

/**
 * The losses the demo prints: at step 0, every 50 steps, and at the end. The line is found by its
 * shape (a label, a colon, a list of numbers), as its label is worded in the page's language.
 */
export function trainingLosses(results: DemoResults): number[] {
  const list = /[:：]\s*(-?\d[\d.e-]*(?:,\s*-?\d[\d.e-]*)+)\s*$/;
  const line = consoleText(results)
    .split('\n')
    .find((l) => list.test(l));
  expect(line, 'the demo prints its losses').toBeDefined();
  return (line ?? '')
    .match(list)![1]
    .split(',')
    .map((v) => Number(v.trim()));
}

/** The two shown reviews' weights, before and after training. */
export function beforeAndAfter(results: DemoResults) {
  return ['review-1', 'review-2'].map((title) => {
    const map = heatmapWithId(results, title);
    expect(map.shape).toEqual([2, 9]);
    // Rows: before training, after training (by position).
    expect(map.rowLabels).toHaveLength(2);
    const [before, after] = matrix(map);
    expectRowsSumToOne([before, after]);
    return { words: map.colLabels ?? [], before, after, mask: Array.from(map.mask ?? []) };
  });
}

// Question 26: attention pooling over a frozen random BiLSTM, its scorer trained with Adam on
// review labels only. What the page says about seed 1.
export default function check([demo]: DemoResults) {
  const [first, second] = beforeAndAfter([demo]);
  expect(first.words).toEqual([
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
  expect(second.words).toEqual(['a', 'truly', 'awful', 'ending', ...Array(5).fill('<pad>')]);

  // "the loss falls from 0.693 (a coin toss) to about 0.014": ln 2 = 0.6931.
  const losses = trainingLosses([demo]);
  expect(losses[0]).toBeCloseTo(Math.log(2), 3);
  expect(losses.at(-1)).toBeLessThan(0.02);
  // The trained weights are the attention core's own pooling with the trained scorer.
  expect(consoleText([demo])).toMatch(/attentionPooling\D*[:：] (0|\d\.\d+e-\d+)$/m);

  // Before training the weights are close to uniform over the real words.
  for (const r of [first, second]) {
    const real = r.before.filter((_, t) => r.words[t] !== '<pad>');
    for (const w of real) expect(w).toBeCloseTo(1 / real.length, 1);
  }
  // After: "brilliant" takes over 99% of the first review, "slow" almost none.
  expect(first.after[8]).toBeGreaterThan(0.99);
  expect(first.after[3]).toBeLessThan(0.01);
  // "awful" takes the largest share of the second (about 60%), "ending" the next.
  const ranked = [...second.after.keys()].sort((a, b) => second.after[b] - second.after[a]);
  expect(ranked.slice(0, 2).map((t) => second.words[t])).toEqual(['awful', 'ending']);
  expect(second.after[2]).toBeGreaterThan(0.55);
  expect(second.after[2]).toBeLessThan(0.7);
  // The padding is masked and gets exactly zero, before and after.
  expect(second.mask).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
  expect([...second.before.slice(4), ...second.after.slice(4)].every((w) => w === 0)).toBe(true);
}
