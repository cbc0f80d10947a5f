import type { Tensor } from '@tensorflow/tfjs-core';
import type { AttentionPoolingParams } from '@/lib/attention';
import { boolInput, createRng, params, randomInput, ref, sizes, type Rng } from './random';
import type { Drill, DrillCase } from './types';

/** Padding at the end of each sequence, as a batch of different lengths has: true = padding. */
function paddingMask(lengths: number[], T: number): number[] {
  return lengths.flatMap((n) => Array.from({ length: T }, (_, t) => (t >= n ? 1 : 0)));
}

function poolingCase(
  rng: Rng,
  hidden: boolean,
  [B, T, H]: number[],
  lengths?: number[],
): DrillCase {
  const valid = lengths ?? Array.from({ length: B }, () => rng.int(1, T));
  return {
    name: sizes({ B, T, H }),
    hidden,
    inputs: [
      randomInput(rng, 'hidden', [B, T, H]),
      boolInput('mask', [B, T], paddingMask(valid, T)),
      randomInput(rng, 'weight', [1, H], 2),
      randomInput(rng, 'bias', [1]),
    ],
    args: [ref('hidden'), ref('mask'), params('weight', 'bias')],
  };
}

export const attentionPoolingDrill: Drill = {
  id: 'attention-pooling',
  questionSlug: 'attention-in-text-classification',
  title: { en: 'Attention pooling over padded sequences', zh: '对含填充的序列做注意力池化' },
  prompt: {
    en: 'Implement `attentionPooling(hidden, mask, params)` with `hidden [B, T, H]`, `mask` bool `[B, T]` (`true` = padding step) and a scorer `params.weight [1, H]`, `params.bias [1]`: the score of step `t` is `hidden_t . weight + bias`. Padding steps get weight exactly 0; each sequence has at least one real step. Return `{ context [B, H], weights [B, T] }`, where `context` is the weighted sum of `hidden` over time.',
    zh: '实现 `attentionPooling(hidden, mask, params)`，其中 `hidden [B, T, H]`，`mask` 为 bool 的 `[B, T]`（`true` 表示填充步），打分器为 `params.weight [1, H]` 和 `params.bias [1]`：第 `t` 步的分数是 `hidden_t . weight + bias`。填充步的权重必须恰好为 0；每个序列至少有一个真实步。返回 `{ context [B, H], weights [B, T] }`，其中 `context` 是 `hidden` 沿时间的加权和。',
  },
  difficulty: 2,
  todo: 'one score per step, block the padding, softmax over time, weighted sum',
  solution: `function attentionPooling(
  hidden: tf.Tensor,
  mask: tf.Tensor,
  params: { weight: tf.Tensor; bias: tf.Tensor },
): { context: tf.Tensor; weights: tf.Tensor } {
  return tf.tidy(() => {
    const [B, T, H] = hidden.shape;
    const flat = tf.reshape(hidden, [B * T, H]);
    const scores = tf.reshape(tf.add(tf.matMul(flat, params.weight, false, true), params.bias), [B, T]);
    // Padding steps get -Infinity, so their weight is exactly 0.
    const masked = tf.where(mask, tf.fill([B, T], -Infinity), scores);
    const weights = tf.softmax(masked); // over time
    // [B, 1, T] x [B, T, H] = [B, 1, H]: the weighted sum over time.
    const context = tf.reshape(tf.matMul(tf.reshape(weights, [B, 1, T]), hidden), [B, H]);
    return { context, weights };
  });
}
`,
  cases: (rng) => {
    const fixed = createRng(31);
    const any = () => [rng.int(1, 3), rng.int(2, 7), rng.int(1, 5)];
    return [
      poolingCase(fixed, false, [1, 4, 2], [4]),
      poolingCase(fixed, false, [2, 4, 3], [4, 2]),
      poolingCase(rng, true, any()),
      poolingCase(rng, true, any()),
      // A row whose padding leaves a single step: all its weight goes there.
      poolingCase(rng, true, [2, 5, rng.int(1, 4)], [5, 1]),
      poolingCase(rng, true, [1, 1, rng.int(1, 4)], [1]),
    ];
  },
  reference: (_tf, args, core) => {
    const [hidden, mask, weights] = args as [Tensor, Tensor, AttentionPoolingParams];
    return core.attentionPooling(hidden, weights, { mask });
  },
};
