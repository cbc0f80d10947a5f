import { ref, sizes, type Rng } from './random';
import type { CaseInput, Drill, DrillCase } from './types';

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

export const f1AndAucDrill: Drill = {
  id: 'f1-and-auc',
  questionSlug: 'evaluating-attention-models',
  title: { en: 'F1 score and ROC AUC', zh: 'F1 分数与 ROC AUC' },
  prompt: {
    en: "Implement `f1AndAuc(yTrue, yPred, scores)` on plain arrays: `yTrue` and `yPred` hold 0/1 labels, `scores` the predicted probabilities in [0, 1], all of the same length; `yTrue` has both classes. F1 is `2 tp / (2 tp + fp + fn)` (0 when that denominator is 0). ROC AUC is the share of (positive, negative) pairs in which the positive has the higher score, a tie counting one half, as scikit-learn's `roc_auc_score`. Return `{ f1, auc }` as numbers.",
    zh: '在普通数组上实现 `f1AndAuc(yTrue, yPred, scores)`：`yTrue` 和 `yPred` 是 0/1 标签，`scores` 是 [0, 1] 内的预测概率，三者长度相同；`yTrue` 中两个类别都存在。F1 为 `2 tp / (2 tp + fp + fn)`（分母为 0 时取 0）。ROC AUC 是所有（正例, 负例）对中正例得分更高的比例，得分相同的对记 0.5，与 scikit-learn 的 `roc_auc_score` 一致。以数字形式返回 `{ f1, auc }`。',
  },
  difficulty: 1,
  todo: 'count tp, fp, fn for F1; compare every (positive, negative) pair for the AUC',
  solution: `function f1AndAuc(
  yTrue: number[],
  yPred: number[],
  scores: number[],
): { f1: number; auc: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  yTrue.forEach((y, i) => {
    if (yPred[i] === 1 && y === 1) tp++;
    else if (yPred[i] === 1) fp++;
    else if (y === 1) fn++;
  });
  const denominator = 2 * tp + fp + fn;
  const f1 = denominator === 0 ? 0 : (2 * tp) / denominator;
  // AUC: how often a positive outscores a negative, over every pair; a tie counts half.
  const positives = scores.filter((_, i) => yTrue[i] === 1);
  const negatives = scores.filter((_, i) => yTrue[i] === 0);
  let wins = 0;
  for (const p of positives) {
    for (const n of negatives) wins += p > n ? 1 : p === n ? 0.5 : 0;
  }
  return { f1, auc: wins / (positives.length * negatives.length) };
}
`,
  cases: (rng: Rng) => [
    metricsCase(false, [0, 0, 1, 1], [0, 0, 0, 1], [0.1, 0.4, 0.35, 0.8]),
    // Two ties between a positive and a negative (at 0.5 and at 0.7).
    metricsCase(false, [1, 0, 1, 0, 1, 0], [1, 1, 1, 0, 0, 0], [0.7, 0.7, 0.5, 0.5, 0.2, 0.1]),
    randomCase(rng, rng.int(5, 20)),
    randomCase(rng, rng.int(5, 20)),
    // The smallest case with an AUC: one positive and one negative.
    randomCase(rng, 2),
  ],
  reference: (_tf, args, core) => {
    const [yTrue, yPred, scores] = args as number[][];
    const { f1, auc } = core.classificationMetrics(yTrue, yPred, scores);
    return { f1, auc: auc ?? NaN };
  },
};
