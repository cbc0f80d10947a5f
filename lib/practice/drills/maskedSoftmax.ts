import type { Tensor } from '@tensorflow/tfjs-core';
import { boolInput, createRng, randomInput, randomMask, ref, sizes, type Rng } from './random';
import type { Drill, DrillCase } from './types';

function softmaxCase(rng: Rng, hidden: boolean, [B, L, S]: number[], scale = 3): DrillCase {
  return {
    name: scale > 3 ? `${sizes({ B, L, S })} |logits|<=${scale}` : sizes({ B, L, S }),
    hidden,
    inputs: [
      randomInput(rng, 'logits', [B, L, S], scale),
      boolInput('mask', [B, L, S], randomMask(rng, B * L, S)),
    ],
    args: [ref('logits'), ref('mask')],
  };
}

export const maskedSoftmaxDrill: Drill = {
  id: 'masked-softmax',
  questionSlug: 'attention-basics',
  title: { en: 'Masked softmax', zh: '带掩码的 softmax' },
  prompt: {
    en: 'Implement `maskedSoftmax(logits, mask)`. `logits` is float32 `[B, L, S]`; `mask` is bool `[B, L, S]` where `true` means the key is blocked. Return the softmax over the last axis in which every blocked key gets weight exactly 0. Every row has at least one open key. Logits may be in the hundreds: keep it numerically stable.',
    zh: '实现 `maskedSoftmax(logits, mask)`。`logits` 是 float32 的 `[B, L, S]`；`mask` 是 bool 的 `[B, L, S]`，`true` 表示该键被屏蔽。沿最后一维做 softmax，被屏蔽的键权重必须恰好为 0。每一行至少有一个未屏蔽的键。logits 可能达到几百，要保证数值稳定。',
  },
  difficulty: 1,
  todo: 'blocked logits -> -Infinity, then a softmax over the last axis',
  solution: `function maskedSoftmax(logits: tf.Tensor, mask: tf.Tensor): tf.Tensor {
  return tf.tidy(() => {
    // Blocked logits become -Infinity, so exp() turns them into exactly 0.
    const masked = tf.where(mask, tf.fill(logits.shape, -Infinity), logits);
    // Subtracting each row's maximum keeps exp() <= 1, however large the logits are.
    const shifted = tf.sub(masked, tf.max(masked, -1, true));
    const e = tf.exp(shifted);
    return tf.div(e, tf.sum(e, -1, true));
  });
}
`,
  cases: (rng) => {
    const fixed = createRng(12);
    const any = () => [rng.int(1, 3), rng.int(1, 5), rng.int(2, 7)];
    return [
      softmaxCase(fixed, false, [1, 2, 3]),
      softmaxCase(fixed, false, [2, 3, 4]),
      softmaxCase(rng, true, any()),
      softmaxCase(rng, true, any()),
      // One key per row: the mask must leave it open, and its weight is exactly 1.
      softmaxCase(rng, true, [rng.int(1, 2), rng.int(1, 3), 1]),
      // Logits in the hundreds overflow exp() unless the row maximum is subtracted first.
      softmaxCase(rng, true, any(), 800),
    ];
  },
  reference: (_tf, args, core) => {
    const [logits, mask] = args as Tensor[];
    return core.maskedSoftmax('maskedSoftmax', logits, mask, 'mask').weights;
  },
};
