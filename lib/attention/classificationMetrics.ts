import { failWith } from './checks';

export interface ClassificationMetrics {
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  confusion: { tp: number; fp: number; tn: number; fn: number };
  /** Present only when scores were given. */
  auc?: number;
}

const FN = 'classificationMetrics';

function assertLabels(name: string, values: unknown, length?: number): asserts values is number[] {
  if (!Array.isArray(values)) failWith(FN, 'code.core.notLabels', { name, got: typeof values });
  if (length !== undefined && values.length !== length) {
    failWith(FN, 'code.core.lengthMatch', {
      name,
      length: values.length,
      want: length,
      other: 'yTrue',
    });
  }
  const bad = values.findIndex((x) => x !== 0 && x !== 1);
  if (bad >= 0) {
    failWith(FN, 'code.core.notLabel', { name: `${name}[${bad}]`, got: String(values[bad]) });
  }
}

function assertScores(values: unknown, length: number): asserts values is number[] {
  if (!Array.isArray(values))
    failWith(FN, 'code.core.notScores', { name: 'scores', got: typeof values });
  if (values.length !== length) {
    failWith(FN, 'code.core.lengthMatch', {
      name: 'scores',
      length: values.length,
      want: length,
      other: 'yTrue',
    });
  }
  const bad = values.findIndex((x) => typeof x !== 'number' || !(x >= 0 && x <= 1));
  if (bad >= 0) {
    failWith(FN, 'code.core.notScore', { name: `scores[${bad}]`, got: String(values[bad]) });
  }
}

/**
 * ROC AUC as the Mann–Whitney U statistic: the share of (positive, negative) pairs ranked
 * correctly, ties counting half — what scikit-learn's roc_auc_score returns. Average ranks give
 * the same count in O(n log n) instead of comparing every pair.
 */
function rocAuc(yTrue: number[], scores: number[]): number {
  const positives = yTrue.filter((y) => y === 1).length;
  const negatives = yTrue.length - positives;
  if (positives === 0 || negatives === 0) {
    failWith(FN, 'code.core.oneClass', {
      name: 'yTrue',
      cls: positives === 0 ? 0 : 1,
      count: yTrue.length,
    });
  }
  const order = scores.map((s, i) => i).sort((a, b) => scores[a] - scores[b]);
  let positiveRankSum = 0;
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && scores[order[end + 1]] === scores[order[start]]) end++;
    const averageRank = (start + end) / 2 + 1;
    for (let i = start; i <= end; i++) if (yTrue[order[i]] === 1) positiveRankSum += averageRank;
    start = end + 1;
  }
  const u = positiveRankSum - (positives * (positives + 1)) / 2;
  return u / (positives * negatives);
}

/**
 * Binary metrics with scikit-learn's conventions: a ratio whose denominator is zero
 * (no predicted positives for precision, no actual positives for recall) is 0, as sklearn returns
 * with its default zero_division (after its warning).
 */
export function classificationMetrics(
  yTrue: number[],
  yPred: number[],
  scores?: number[],
): ClassificationMetrics {
  assertLabels('yTrue', yTrue);
  if (yTrue.length === 0) failWith(FN, 'code.core.noLabels', { name: 'yTrue' });
  assertLabels('yPred', yPred, yTrue.length);
  if (scores !== undefined) assertScores(scores, yTrue.length);
  const confusion = { tp: 0, fp: 0, tn: 0, fn: 0 };
  yTrue.forEach((y, i) => {
    const p = yPred[i];
    if (y === 1 && p === 1) confusion.tp++;
    else if (y === 0 && p === 1) confusion.fp++;
    else if (y === 0) confusion.tn++;
    else confusion.fn++;
  });
  const { tp, fp, tn, fn } = confusion;
  const ratio = (num: number, den: number) => (den === 0 ? 0 : num / den);
  const result: ClassificationMetrics = {
    accuracy: (tp + tn) / yTrue.length,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    // 2tp / (2tp + fp + fn) equals 2PR / (P + R) but stays defined when P + R is 0.
    f1: ratio(2 * tp, 2 * tp + fp + fn),
    confusion,
  };
  if (scores !== undefined) result.auc = rocAuc(yTrue, scores);
  return result;
}
