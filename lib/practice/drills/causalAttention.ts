import type { Tensor } from '@tensorflow/tfjs-core';
import { createRng, randomInput, ref, sizes, type Rng } from './random';
import type { Drill, DrillCase } from './types';

// q and k in [-2, 2] make the softmax peaked enough that a missing 1/sqrt(d) shows in the values.
function causalCase(rng: Rng, hidden: boolean, [B, L, S, d, dv]: number[]): DrillCase {
  return {
    name: sizes({ B, L, S, d, dv }),
    hidden,
    inputs: [
      randomInput(rng, 'q', [B, L, d], 2),
      randomInput(rng, 'k', [B, S, d], 2),
      randomInput(rng, 'v', [B, S, dv]),
    ],
    args: [ref('q'), ref('k'), ref('v')],
  };
}

export const causalAttentionDrill: Drill = {
  id: 'causal-attention',
  questionSlug: 'attention-in-text-generation',
  title: { en: 'Causal scaled dot-product attention', zh: '因果缩放点积注意力' },
  prompt: {
    en: "Implement `causalAttention(q, k, v)` with `q [B, L, d]`, `k [B, S, d]`, `v [B, S, dv]`. Query `i` may attend to key `j` only when `j <= i` (top-left aligned, as PyTorch's `is_causal`, also when `L != S`). Scale the scores by `1/sqrt(d)`. Return `{ output, weights }` with `output [B, L, dv]` and `weights [B, L, S]`.",
    zh: '实现 `causalAttention(q, k, v)`，其中 `q [B, L, d]`，`k [B, S, d]`，`v [B, S, dv]`。查询 `i` 只能关注满足 `j <= i` 的键 `j`（与 PyTorch 的 `is_causal` 一样左上角对齐，`L != S` 时也如此）。分数乘以 `1/sqrt(d)`。返回 `{ output, weights }`，`output` 形状为 `[B, L, dv]`，`weights` 形状为 `[B, L, S]`。',
  },
  difficulty: 2,
  todo: 'scores q k^T / sqrt(d), block key j > query i, softmax over keys, weights v',
  solution: `function causalAttention(
  q: tf.Tensor3D,
  k: tf.Tensor3D,
  v: tf.Tensor3D,
): { output: tf.Tensor; weights: tf.Tensor } {
  return tf.tidy(() => {
    const [, L, d] = q.shape;
    const S = k.shape[1];
    const scores = tf.div(tf.matMul(q, k, false, true), Math.sqrt(d)); // [B, L, S]
    // Key j is blocked for query i when j > i: compare a column of i with a row of j.
    const i = tf.reshape(tf.range(0, L), [L, 1]);
    const j = tf.reshape(tf.range(0, S), [1, S]);
    const blocked = tf.broadcastTo(tf.greater(j, i), scores.shape);
    const masked = tf.where(blocked, tf.fill(scores.shape, -Infinity), scores);
    const weights = tf.softmax(masked);
    return { output: tf.matMul(weights, v), weights };
  });
}
`,
  cases: (rng) => {
    const fixed = createRng(11);
    const any = () => [rng.int(1, 3), rng.int(2, 6), rng.int(2, 6), rng.int(2, 5), rng.int(1, 4)];
    return [
      causalCase(fixed, false, [1, 3, 3, 2, 2]),
      causalCase(fixed, false, [2, 3, 4, 4, 3]),
      causalCase(rng, true, any()),
      causalCase(rng, true, any()),
      // One query and one key: the only weight is 1.
      causalCase(rng, true, [1, 1, 1, rng.int(1, 4), rng.int(1, 3)]),
      // More queries than keys: the last queries see every key.
      causalCase(rng, true, [rng.int(1, 2), rng.int(4, 6), rng.int(1, 3), rng.int(2, 4), 2]),
    ];
  },
  reference: (_tf, args, core) => {
    const [q, k, v] = args as Tensor[];
    return core.scaledDotProductAttention(q, k, v, { causal: true });
  },
};
