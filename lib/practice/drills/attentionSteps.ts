import type { Tensor } from '@tensorflow/tfjs-core';
import { boolInput, createRng, randomInput, randomMask, ref, sizes, type Rng } from './random';
import type { Drill, DrillCase } from './types';

function stepsCase(rng: Rng, hidden: boolean, [L, S, d, dv]: number[]): DrillCase {
  return {
    name: sizes({ L, S, d, dv }),
    hidden,
    inputs: [
      randomInput(rng, 'q', [L, d], 2),
      randomInput(rng, 'k', [S, d], 2),
      randomInput(rng, 'v', [S, dv]),
      boolInput('mask', [L, S], randomMask(rng, L, S)),
    ],
    args: [ref('q'), ref('k'), ref('v'), ref('mask')],
  };
}

export const attentionStepsDrill: Drill = {
  id: 'attention-steps',
  questionSlug: 'self-attention',
  title: { en: 'The steps of attention', zh: '注意力的每一步' },
  prompt: {
    en: 'Implement `attentionSteps(q, k, v, mask)` for one sequence: `q [L, d]`, `k [S, d]`, `v [S, dv]`, `mask` bool `[L, S]` (`true` = blocked). Return `{ scores, scaled, masked, weights, output }`: `scores = q k^T` `[L, S]`; `scaled = scores / sqrt(d)`; `masked` is `scaled` with blocked entries set to `-Infinity`; `weights` is the softmax of `masked` over keys; `output = weights v` `[L, dv]`.',
    zh: '对单个序列实现 `attentionSteps(q, k, v, mask)`：`q [L, d]`，`k [S, d]`，`v [S, dv]`，`mask` 为 bool 的 `[L, S]`（`true` 表示屏蔽）。返回 `{ scores, scaled, masked, weights, output }`：`scores = q k^T`，形状 `[L, S]`；`scaled = scores / sqrt(d)`；`masked` 是把被屏蔽位置设为 `-Infinity` 后的 `scaled`；`weights` 是 `masked` 沿键维的 softmax；`output = weights v`，形状 `[L, dv]`。',
  },
  difficulty: 1,
  todo: 'scores, scaled, masked, weights, output, in that order',
  solution: `function attentionSteps(
  q: tf.Tensor2D,
  k: tf.Tensor2D,
  v: tf.Tensor2D,
  mask: tf.Tensor2D,
): { scores: tf.Tensor; scaled: tf.Tensor; masked: tf.Tensor; weights: tf.Tensor; output: tf.Tensor } {
  return tf.tidy(() => {
    const d = q.shape[1];
    const scores = tf.matMul(q, k, false, true); // [L, S]
    const scaled = tf.div(scores, Math.sqrt(d));
    const masked = tf.where(mask, tf.fill(scaled.shape, -Infinity), scaled);
    const weights = tf.softmax(masked); // over the last axis: the keys
    const output = tf.matMul(weights, v); // [L, dv]
    return { scores, scaled, masked, weights, output };
  });
}
`,
  cases: (rng) => {
    const fixed = createRng(13);
    const any = () => [rng.int(1, 6), rng.int(2, 6), rng.int(2, 5), rng.int(1, 4)];
    return [
      stepsCase(fixed, false, [2, 3, 2, 2]),
      stepsCase(fixed, false, [3, 4, 4, 3]),
      stepsCase(rng, true, any()),
      stepsCase(rng, true, any()),
      stepsCase(rng, true, [1, 1, rng.int(1, 4), rng.int(1, 3)]),
    ];
  },
  reference: (_tf, args, core) => {
    const [q, k, v, mask] = args as Tensor[];
    return core.attentionSteps(q, k, v, { mask });
  },
};
