import { classificationMetrics } from '@/lib/attention';
import { ref, sizes, type Rng } from './random';
import type { CaseInput, DrillCase, DrillSpec } from './types';

const plain = (name: string, data: number[]): CaseInput => ({
  name,
  data,
  shape: [data.length],
  plain: true,
});

function metricsCase(
  hidden: boolean,
  yTrue: number[],
  yPred: number[],
  scores: number[],
): DrillCase {
  return {
    name: sizes({ n: yTrue.length }),
    hidden,
    inputs: [plain('yTrue', yTrue), plain('yPred', yPred), plain('scores', scores)],
    args: [ref('yTrue'), ref('yPred'), ref('scores')],
  };
}

/**
 * Scores on a 0.1 grid, so ties between a positive and a negative happen often (each counts half
 * in the AUC); predictions are the scores cut at a random threshold, as a classifier's would be.
 */
function randomCase(rng: Rng, n: number): DrillCase {
  const yTrue = Array.from({ length: n }, () => rng.int(0, 1));
  // AUC needs both classes.
  yTrue[0] = 0;
  yTrue[n - 1] = 1;
  const scores = yTrue.map((y) => Math.min(1, Math.max(0, rng.int(0, 10) / 10 + (y ? 0.2 : 0))));
  const threshold = rng.pick([0.3, 0.5, 0.7, 1.1]);
  return metricsCase(
    true,
    yTrue,
    scores.map((s) => (s >= threshold ? 1 : 0)),
    scores,
  );
}

export const metricsDrill: DrillSpec = {
  cases: (rng: Rng) => [
    metricsCase(false, [0, 0, 1, 1], [0, 0, 0, 1], [0.1, 0.4, 0.35, 0.8]),
    // Two ties between a positive and a negative (at 0.5 and at 0.7).
    metricsCase(false, [1, 0, 1, 0, 1, 0], [1, 1, 1, 0, 0, 0], [0.7, 0.7, 0.5, 0.5, 0.2, 0.1]),
    randomCase(rng, rng.int(5, 20)),
    randomCase(rng, rng.int(5, 20)),
    // The smallest case with an AUC: one positive and one negative.
    randomCase(rng, 2),
  ],
  reference: (_tf, args) => {
    const [yTrue, yPred, scores] = args as number[][];
    const { f1, auc } = classificationMetrics(yTrue, yPred, scores);
    return { f1, auc: auc ?? NaN };
  },
};
