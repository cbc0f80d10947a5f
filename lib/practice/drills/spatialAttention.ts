import type { Tensor } from '@tensorflow/tfjs-core';
import type { SpatialAttentionParams } from '@/lib/attention';
import { createRng, params, randomInput, ref, sizes, type Rng } from './random';
import type { Drill, DrillCase } from './types';

function spatialCase(rng: Rng, hidden: boolean, [N, C, H, W, k]: number[]): DrillCase {
  return {
    name: sizes({ N, C, H, W, k }),
    hidden,
    inputs: [
      randomInput(rng, 'x', [N, C, H, W]),
      randomInput(rng, 'weight', [1, 2, k, k]),
      randomInput(rng, 'bias', [1], 0.5),
    ],
    args: [ref('x'), params('weight', 'bias')],
  };
}

export const spatialAttentionDrill: Drill = {
  id: 'spatial-attention',
  questionSlug: 'attention-in-image-recognition',
  title: { en: 'CBAM spatial attention', zh: 'CBAM 空间注意力' },
  prompt: {
    en: 'Implement `spatialAttention(x, params)` from CBAM with `x [N, C, H, W]` (NCHW, as PyTorch) and a Conv2d(2, 1, k) given as `params.weight [1, 2, k, k]` (`[out, in, kh, kw]`) and `params.bias [1]`. Pool over channels into two maps, the mean first and the max second, convolve them with stride 1 and zero padding `(k - 1) / 2` (k is odd) so H and W stay the same, and apply a sigmoid. Return `{ output [N, C, H, W], weights [N, 1, H, W] }` with `output = x * weights`. Note: `tf.conv2d` expects NHWC input and a `[kh, kw, in, out]` filter.',
    zh: '实现 CBAM 中的 `spatialAttention(x, params)`：`x [N, C, H, W]`（与 PyTorch 一样是 NCHW），卷积层 Conv2d(2, 1, k) 由 `params.weight [1, 2, k, k]`（`[out, in, kh, kw]`）和 `params.bias [1]` 给出。沿通道做两种池化得到两张图，先均值后最大值；以步长 1、零填充 `(k - 1) / 2`（k 为奇数）卷积，使 H、W 保持不变，再经过 sigmoid。返回 `{ output [N, C, H, W], weights [N, 1, H, W] }`，其中 `output = x * weights`。注意：`tf.conv2d` 的输入是 NHWC，卷积核是 `[kh, kw, in, out]`。',
  },
  difficulty: 3,
  todo: "[mean over C, max over C] -> conv k x k ('same' size) -> sigmoid -> x * weights",
  solution: `function spatialAttention(
  x: tf.Tensor4D,
  params: { weight: tf.Tensor4D; bias: tf.Tensor1D },
): { output: tf.Tensor; weights: tf.Tensor } {
  return tf.tidy(() => {
    const k = params.weight.shape[2];
    const pad = (k - 1) / 2;
    // Two maps per image: the mean over channels first, then the max.
    const pooled = tf.concat([tf.mean(x, 1, true), tf.max(x, 1, true)], 1); // [N, 2, H, W]
    // tf.conv2d works in NHWC with a [kh, kw, in, out] filter; PyTorch in NCHW, [out, in, kh, kw].
    const nhwc = tf.transpose(pooled, [0, 2, 3, 1]) as tf.Tensor4D;
    const filter = tf.transpose(params.weight, [2, 3, 1, 0]) as tf.Tensor4D;
    const logits = tf.add(
      tf.conv2d(nhwc, filter, 1, [[0, 0], [pad, pad], [pad, pad], [0, 0]]),
      params.bias,
    );
    const weights = tf.sigmoid(tf.transpose(logits, [0, 3, 1, 2])); // [N, 1, H, W]
    return { output: tf.mul(x, weights), weights };
  });
}
`,
  cases: (rng) => {
    const fixed = createRng(41);
    const k = () => rng.pick([1, 3, 5]);
    const any = () => [rng.int(1, 2), rng.int(1, 4), rng.int(2, 6), rng.int(2, 6), k()];
    return [
      spatialCase(fixed, false, [1, 2, 3, 3, 3]),
      spatialCase(fixed, false, [2, 3, 4, 5, 3]),
      spatialCase(rng, true, any()),
      spatialCase(rng, true, any()),
      // One pixel and one channel: the kernel overhangs the image on every side.
      spatialCase(rng, true, [1, 1, 1, 1, 3]),
      spatialCase(rng, true, [1, rng.int(2, 3), rng.int(2, 4), rng.int(2, 4), 7]),
    ];
  },
  reference: (_tf, args, core) => {
    const [x, weights] = args as [Tensor, SpatialAttentionParams];
    return core.spatialAttention(x, weights, { kernelSize: weights.weight.shape[2] ?? 1 });
  },
};
