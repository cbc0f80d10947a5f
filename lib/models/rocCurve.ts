import { failWith } from '@/lib/attention/checks';

/**
 * The receiver operating characteristic (ROC) curve of a binary scorer, for the evaluation
 * lesson (question 4). Same points as scikit-learn's roc_curve with drop_intermediate=False:
 * one point per distinct score, thresholds in decreasing order, starting at (0, 0) with an
 * infinite threshold.
 */
export interface RocCurve {
  /** False-positive rate at each threshold: FP / negatives. */
  fpr: number[];
  /** True-positive rate (recall) at each threshold: TP / positives. */
  tpr: number[];
  /** Predict positive when score >= threshold. thresholds[0] is Infinity (nothing positive). */
  thresholds: number[];
}

const FN = 'rocCurve';

export function rocCurve(yTrue: number[], scores: number[]): RocCurve {
  if (!Array.isArray(yTrue)) {
    failWith(FN, 'code.core.notLabels', { name: 'yTrue', got: typeof yTrue });
  }
  if (!Array.isArray(scores)) {
    failWith(FN, 'code.core.notNumbers', { name: 'scores', got: typeof scores });
  }
  if (scores.length !== yTrue.length) {
    failWith(FN, 'code.core.lengthMatch', {
      name: 'scores',
      length: scores.length,
      want: yTrue.length,
      other: 'yTrue',
    });
  }
  const badLabel = yTrue.findIndex((y) => y !== 0 && y !== 1);
  if (badLabel >= 0) {
    failWith(FN, 'code.core.notLabel', {
      name: `yTrue[${badLabel}]`,
      got: String(yTrue[badLabel]),
    });
  }
  const badScore = scores.findIndex((s) => typeof s !== 'number' || !Number.isFinite(s));
  if (badScore >= 0) {
    failWith(FN, 'code.core.finite', {
      name: `scores[${badScore}]`,
      got: String(scores[badScore]),
    });
  }
  const positives = yTrue.filter((y) => y === 1).length;
  const negatives = yTrue.length - positives;
  if (positives === 0 || negatives === 0) {
    failWith(FN, 'code.core.bothClasses', { name: 'yTrue', positives, negatives });
  }

  const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a]);
  const fpr = [0];
  const tpr = [0];
  const thresholds = [Number.POSITIVE_INFINITY];
  let tp = 0;
  let fp = 0;
  for (let i = 0; i < order.length; i++) {
    if (yTrue[order[i]] === 1) tp++;
    else fp++;
    // Tied scores cross the threshold together: emit one point after the last of them.
    const next = order[i + 1];
    if (next === undefined || scores[next] !== scores[order[i]]) {
      fpr.push(fp / negatives);
      tpr.push(tp / positives);
      thresholds.push(scores[order[i]]);
    }
  }
  return { fpr, tpr, thresholds };
}

/** Area under a curve given by points (x sorted ascending), by the trapezoidal rule. */
export function trapezoidArea(x: number[], y: number[]): number {
  if (x.length !== y.length || x.length < 2) {
    failWith('trapezoidArea', 'code.core.curvePoints', { nx: x.length, ny: y.length });
  }
  let area = 0;
  for (let i = 1; i < x.length; i++) {
    if (x[i] < x[i - 1]) {
      failWith('trapezoidArea', 'code.core.notAscending', {
        i,
        x: x[i],
        previous: i - 1,
        xPrevious: x[i - 1],
      });
    }
    area += ((x[i] - x[i - 1]) * (y[i] + y[i - 1])) / 2;
  }
  return area;
}
