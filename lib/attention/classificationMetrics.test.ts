import { describe, expect, it } from 'vitest';
import { classificationMetrics as metrics } from './classificationMetrics';

describe('classificationMetrics', () => {
  it('counts the confusion matrix and derives the ratios (hand-computed)', () => {
    // tp = 2 (0, 3), fn = 1 (4), fp = 1 (1), tn = 1 (2)
    const m = metrics([1, 0, 0, 1, 1], [1, 1, 0, 1, 0]);
    expect(m.confusion).toEqual({ tp: 2, fp: 1, tn: 1, fn: 1 });
    expect(m.accuracy).toBeCloseTo(3 / 5, 12);
    expect(m.precision).toBeCloseTo(2 / 3, 12);
    expect(m.recall).toBeCloseTo(2 / 3, 12);
    expect(m.f1).toBeCloseTo(2 / 3, 12);
    expect(m.auc).toBeUndefined();
  });

  it('returns 0 for ratios with a zero denominator, like scikit-learn', () => {
    const m = metrics([1, 0, 1], [0, 0, 0]);
    expect(m).toMatchObject({ precision: 0, recall: 0, f1: 0, accuracy: 1 / 3 });
    expect(metrics([0, 0], [0, 0])).toMatchObject({ precision: 0, recall: 0, f1: 0, accuracy: 1 });
  });

  it('computes AUC as the share of correctly ordered pairs, ties counting half', () => {
    // Pairs (pos, neg): (0.8, 0.3) 1, (0.8, 0.5) 1, (0.5, 0.3) 1, (0.5, 0.5) 0.5 -> 3.5 / 4.
    expect(metrics([1, 0, 1, 0], [1, 0, 1, 0], [0.8, 0.3, 0.5, 0.5]).auc).toBeCloseTo(0.875, 12);
    expect(metrics([0, 1], [0, 1], [0.2, 0.9]).auc).toBe(1);
    expect(metrics([0, 1], [0, 1], [0.9, 0.2]).auc).toBe(0);
    expect(metrics([0, 1, 1, 0], [0, 1, 1, 0], [0.5, 0.5, 0.5, 0.5]).auc).toBe(0.5);
  });

  it('rejects bad input with messages naming function, argument and values', () => {
    expect(() => metrics([1, 1], [1, 0], [0.4, 0.6])).toThrow(
      'classificationMetrics: yTrue has only class 1 (2 labels) but expected both 0 and 1 to compute AUC from scores',
    );
    expect(() => metrics([1, 0], [1])).toThrow(
      'classificationMetrics: yPred has length 1 but expected 2 to match yTrue',
    );
    expect(() => metrics([1, 2], [1, 0])).toThrow(
      'classificationMetrics: yTrue[1] is 2 but expected 0 or 1',
    );
    expect(() => metrics([1, 0], [1, 0], [0.5, 1.5])).toThrow(
      'classificationMetrics: scores[1] is 1.5 but expected a number in [0, 1]',
    );
    expect(() => metrics([1, 0], [1, 0], [0.5, NaN])).toThrow(/scores\[1\] is NaN/);
    expect(() => metrics([1, 0], [1, 0], [0.5])).toThrow(
      'classificationMetrics: scores has length 1 but expected 2 to match yTrue',
    );
    expect(() => metrics([], [])).toThrow(
      'classificationMetrics: yTrue is empty but expected at least one label',
    );
  });

  it('does not mutate its inputs', () => {
    const scores = [0.9, 0.1, 0.5];
    metrics([1, 0, 1], [1, 0, 0], scores);
    expect(scores).toEqual([0.9, 0.1, 0.5]);
  });
});
