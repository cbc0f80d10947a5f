import type { Tensor } from '@tensorflow/tfjs-core';
import type { MultiHeadAttentionParams } from '@/lib/attention';
import { createRng, params, randomInput, ref, sizes, value, type Rng } from './random';
import type { Drill, DrillCase } from './types';

const inProjection = ['inProjWeight', 'inProjBias', 'outProjWeight', 'outProjBias'];

function multiHeadCase(rng: Rng, hidden: boolean, [B, L, S, H, headDim]: number[]): DrillCase {
  const E = H * headDim;
  return {
    name: sizes({ B, L, S, E, H }),
    hidden,
    inputs: [
      randomInput(rng, 'query', [B, L, E]),
      randomInput(rng, 'key', [B, S, E]),
      randomInput(rng, 'value', [B, S, E]),
      randomInput(rng, 'inProjWeight', [3 * E, E]),
      randomInput(rng, 'inProjBias', [3 * E], 0.2),
      randomInput(rng, 'outProjWeight', [E, E]),
      randomInput(rng, 'outProjBias', [E], 0.2),
    ],
    args: [ref('query'), ref('key'), ref('value'), params(...inProjection), value(H)],
  };
}

export const multiHeadAttentionDrill: Drill = {
  id: 'multi-head-attention',
  questionSlug: 'multi-head-attention',
  title: { en: 'Multi-head attention from packed weights', zh: '用打包的投影权重实现多头注意力' },
  prompt: {
    en: "Implement `multiHeadAttention(query, key, value, params, numHeads)` like PyTorch's `nn.MultiheadAttention` with `batch_first=True`: `query [B, L, E]`, `key` and `value [B, S, E]`. `params.inProjWeight [3E, E]` stacks the q, k and v projections by rows, `params.inProjBias [3E]` likewise; `params.outProjWeight [E, E]`, `params.outProjBias [E]`. A Linear layer computes `x W^T + b`. Split E into `numHeads` heads of `E / numHeads` features, attend in each head with scale `1/sqrt(E / numHeads)`, concatenate the heads and apply the output projection. Return `{ output [B, L, E], weights [B, H, L, S] }` (one weight matrix per head, not averaged).",
    zh: '仿照 PyTorch 的 `nn.MultiheadAttention`（`batch_first=True`）实现 `multiHeadAttention(query, key, value, params, numHeads)`：`query [B, L, E]`，`key` 和 `value` 为 `[B, S, E]`。`params.inProjWeight [3E, E]` 按行依次堆叠 q、k、v 三个投影，`params.inProjBias [3E]` 同理；另有 `params.outProjWeight [E, E]` 和 `params.outProjBias [E]`。线性层计算 `x W^T + b`。把 E 拆成 `numHeads` 个头，每头 `E / numHeads` 维，在每个头内用缩放因子 `1/sqrt(E / numHeads)` 计算注意力，再拼接各头并做输出投影。返回 `{ output [B, L, E], weights [B, H, L, S] }`（每个头一张权重矩阵，不取平均）。',
  },
  difficulty: 3,
  todo: 'split the packed weights, project, split heads, attend, merge heads, project out',
  solution: `function multiHeadAttention(
  query: tf.Tensor3D,
  key: tf.Tensor3D,
  value: tf.Tensor3D,
  params: {
    inProjWeight: tf.Tensor2D;
    inProjBias: tf.Tensor1D;
    outProjWeight: tf.Tensor2D;
    outProjBias: tf.Tensor1D;
  },
  numHeads: number,
): { output: tf.Tensor; weights: tf.Tensor } {
  return tf.tidy(() => {
    const [B, L, E] = query.shape;
    const S = key.shape[1];
    const headDim = E / numHeads;
    // A Linear layer from E to E features, x W^T + b with W stored [out, in], on [B, len, E].
    const linear = (x: tf.Tensor, w: tf.Tensor, b: tf.Tensor, len: number) => {
      const y = tf.add(tf.matMul(tf.reshape(x, [B * len, E]), w, false, true), b);
      return tf.reshape(y, [B, len, E]);
    };
    // PyTorch packs the q, k and v projections as three blocks of E rows.
    const [wq, wk, wv] = tf.split(params.inProjWeight, 3, 0);
    const [bq, bk, bv] = tf.split(params.inProjBias, 3, 0);
    // [B, len, E] -> [B, H, len, headDim]: each head sees its own slice of the features.
    const heads = (x: tf.Tensor, len: number) =>
      tf.transpose(tf.reshape(x, [B, len, numHeads, headDim]), [0, 2, 1, 3]);
    const q = heads(linear(query, wq, bq, L), L);
    const k = heads(linear(key, wk, bk, S), S);
    const v = heads(linear(value, wv, bv, S), S);
    const weights = tf.softmax(tf.div(tf.matMul(q, k, false, true), Math.sqrt(headDim)));
    // Back to [B, L, E]: the heads side by side, then the output projection.
    const merged = tf.reshape(tf.transpose(tf.matMul(weights, v), [0, 2, 1, 3]), [B, L, E]);
    return { output: linear(merged, params.outProjWeight, params.outProjBias, L), weights };
  });
}
`,
  cases: (rng) => {
    const fixed = createRng(21);
    const any = () => [rng.int(1, 2), rng.int(2, 5), rng.int(2, 5), rng.int(2, 3), rng.int(1, 3)];
    return [
      multiHeadCase(fixed, false, [1, 3, 3, 2, 2]),
      multiHeadCase(fixed, false, [2, 2, 4, 2, 3]),
      multiHeadCase(rng, true, any()),
      multiHeadCase(rng, true, any()),
      // One head of width one, one query, one key.
      multiHeadCase(rng, true, [1, 1, 1, 1, 1]),
      // As many heads as features: every head is one number wide.
      multiHeadCase(rng, true, [rng.int(1, 2), rng.int(1, 3), rng.int(2, 4), 4, 1]),
    ];
  },
  reference: (_tf, args, core) => {
    const [query, key, value, weights, numHeads] = args as [
      Tensor,
      Tensor,
      Tensor,
      MultiHeadAttentionParams,
      number,
    ];
    return core.multiHeadAttention(query, key, value, weights, { numHeads });
  },
};
