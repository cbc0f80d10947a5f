import type { Tensor } from '@tensorflow/tfjs-core';
import type { ChannelAttentionParams } from '@/lib/attention';
import { createRng, params, randomInput, ref, sizes, type Rng } from './random';
import type { Drill, DrillCase } from './types';

function channelCase(rng: Rng, hidden: boolean, [N, C, H, W, R]: number[]): DrillCase {
  return {
    name: sizes({ N, C, H, W, 'C/r': R }),
    hidden,
    inputs: [
      randomInput(rng, 'x', [N, C, H, W], 2),
      randomInput(rng, 'fc1Weight', [R, C]),
      randomInput(rng, 'fc1Bias', [R], 0.5),
      randomInput(rng, 'fc2Weight', [C, R], 2),
      randomInput(rng, 'fc2Bias', [C], 0.5),
    ],
    args: [ref('x'), params('fc1Weight', 'fc1Bias', 'fc2Weight', 'fc2Bias')],
  };
}

export const channelAttentionDrill: Drill = {
  id: 'channel-attention',
  questionSlug: 'attention-in-image-classification',
  title: { en: 'Squeeze-and-excitation channel attention', zh: 'SE 通道注意力' },
  prompt: {
    en: 'Implement `channelAttention(x, params)` (squeeze-and-excitation) with `x [N, C, H, W]` and two Linear layers: `params.fc1Weight [C/r, C]`, `params.fc1Bias [C/r]`, `params.fc2Weight [C, C/r]`, `params.fc2Bias [C]` (a Linear computes `x W^T + b`). Average over H and W, then fc1, ReLU, fc2, sigmoid. Return `{ output [N, C, H, W], weights [N, C] }`, where `output` is `x` with each channel scaled by its weight.',
    zh: '实现 SE（squeeze-and-excitation）结构的 `channelAttention(x, params)`：`x [N, C, H, W]`，两个线性层为 `params.fc1Weight [C/r, C]`、`params.fc1Bias [C/r]`、`params.fc2Weight [C, C/r]`、`params.fc2Bias [C]`（线性层计算 `x W^T + b`）。先在 H、W 上取平均，再依次经过 fc1、ReLU、fc2、sigmoid。返回 `{ output [N, C, H, W], weights [N, C] }`，`output` 是将 `x` 的每个通道乘以对应权重的结果。',
  },
  difficulty: 2,
  todo: 'squeeze (average pool), excite (fc, relu, fc, sigmoid), rescale the channels',
  solution: `function channelAttention(
  x: tf.Tensor,
  params: { fc1Weight: tf.Tensor; fc1Bias: tf.Tensor; fc2Weight: tf.Tensor; fc2Bias: tf.Tensor },
): { output: tf.Tensor; weights: tf.Tensor } {
  return tf.tidy(() => {
    const [N, C] = x.shape;
    const squeezed = tf.mean(x, [2, 3]); // [N, C]: one average per channel
    const hidden = tf.relu(tf.add(tf.matMul(squeezed, params.fc1Weight, false, true), params.fc1Bias));
    const logits = tf.add(tf.matMul(hidden, params.fc2Weight, false, true), params.fc2Bias);
    const weights = tf.sigmoid(logits); // [N, C]
    return { output: tf.mul(x, tf.reshape(weights, [N, C, 1, 1])), weights };
  });
}
`,
  cases: (rng) => {
    const fixed = createRng(42);
    const any = () => [rng.int(1, 3), rng.int(2, 6), rng.int(1, 4), rng.int(1, 4), rng.int(1, 3)];
    return [
      channelCase(fixed, false, [1, 4, 2, 2, 2]),
      channelCase(fixed, false, [2, 3, 3, 2, 1]),
      channelCase(rng, true, any()),
      channelCase(rng, true, any()),
      channelCase(rng, true, [1, 1, 1, 1, 1]),
    ];
  },
  reference: (_tf, args, core) => {
    const [x, weights] = args as [Tensor, ChannelAttentionParams];
    return core.channelAttention(x, weights);
  },
};
