import { expect } from 'vitest';
import {
  argmax,
  columnsOf,
  type DemoResults,
  expectRowsSumToOne,
  heatmapWithId,
  lines,
  matrix,
  tableWithId,
} from './helpers';

// Question 4: task metrics with a confusion matrix and ROC curve, then checks on the weights.
export default function check([metricsDemo, weightsDemo]: DemoResults) {
  // Confusion matrix at 0.5, counted by hand from the scores: 8 2 / 3 7.
  const confusion = heatmapWithId([metricsDemo], 'confusion-matrix');
  expect(confusion.title).toContain('0.5');
  expect(confusion.shape).toEqual([2, 2]);
  expect(matrix(confusion)).toEqual([
    [8, 2],
    [3, 7],
  ]);

  // The ROC curve runs from (0, 0) to (1, 1), never goes back, and lies above the diagonal.
  const roc = lines([metricsDemo]).find((l) => l.id === 'roc-curve')!;
  const fpr = roc.x!;
  // Series by position: the model's curve, then the diagonal of chance.
  const tpr = roc.series[0].values;
  expect([fpr[0], tpr[0]]).toEqual([0, 0]);
  expect([fpr.at(-1), tpr.at(-1)]).toEqual([1, 1]);
  for (let i = 1; i < fpr.length; i++) {
    expect(fpr[i]).toBeGreaterThanOrEqual(fpr[i - 1]);
    expect(tpr[i]).toBeGreaterThanOrEqual(tpr[i - 1]);
    expect(tpr[i]).toBeGreaterThanOrEqual(fpr[i]);
  }

  // Accuracy 15/20, precision 7/9, recall 7/10, F1 14/19; 89 of 100 pairs ordered: AUC 0.89,
  // and the area under the drawn curve agrees.
  // Rows by position (their names are worded in the page's language).
  const { value } = columnsOf(tableWithId([metricsDemo], 'metrics'), ['metric', 'value']);
  const [accuracy, precision, recall, f1, auc, drawnArea] = value;
  expect(value).toHaveLength(6);
  expect(accuracy).toBeCloseTo(0.75, 3);
  expect(precision).toBeCloseTo(7 / 9, 3);
  expect(recall).toBeCloseTo(0.7, 3);
  expect(f1).toBeCloseTo(14 / 19, 3);
  expect(auc).toBeCloseTo(0.89, 3);
  expect(drawnArea).toBeCloseTo(0.89, 3);

  // The weights are a distribution per review, and padding gets exactly zero.
  const weights = heatmapWithId([weightsDemo], 'attention-weights-over-words');
  expect(weights.shape).toEqual([2, 5]);
  const rows = matrix(weights);
  expectRowsSumToOne(rows);
  expect(rows[1].slice(3)).toEqual([0, 0]);
  expect(Array.from(weights.mask ?? [])).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, 1]);
  const sanity = tableWithId([weightsDemo], 'are-the-weights-a-distribution');
  for (const row of sanity.rows) {
    expect(row[1]).toBeCloseTo(1, 4);
    expect(Number(row[2])).toBeGreaterThan(0);
    expect(row[3]).toBe(0);
    expect(Number(row[4])).toBeGreaterThan(0.7);
    expect(Number(row[4])).toBeLessThan(0.95);
  }

  // "movie" has by far the largest weight, yet erasing it raises P(positive) to about 0.85;
  // erasing "good" gives the largest drop.
  const words = ['the', 'movie', 'was', 'surprisingly', 'good'];
  expect(argmax(rows[0])).toBe(words.indexOf('movie'));
  const erasure = tableWithId([weightsDemo], 'erasing-each-word');
  expect(erasure.rows.map((r) => r[0])).toEqual(words);
  const change = erasure.rows.map((r) => Number(r[3]));
  const movie = erasure.rows[1];
  expect(Number(movie[3])).toBeGreaterThan(0.1);
  expect(Number(movie[2])).toBeCloseTo(0.85, 1);
  expect(argmax(change.map((c) => -c))).toBe(words.indexOf('good'));
  expect(Number(erasure.rows[4][1])).toBeLessThan(Number(movie[1]));
}
