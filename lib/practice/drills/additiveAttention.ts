import type { Tensor } from '@tensorflow/tfjs-core';
import type { AdditiveAttentionParams } from '@/lib/attention';
import { createRng, params, randomInput, ref, sizes, type Rng } from './random';
import type { Drill, DrillCase } from './types';

function additiveCase(rng: Rng, hidden: boolean, [B, L, S, dq, dk, dv, h]: number[]): DrillCase {
  return {
    name: sizes({ B, L, S, dq, dk, dv, h }),
    hidden,
    inputs: [
      randomInput(rng, 'query', [B, L, dq]),
      randomInput(rng, 'keys', [B, S, dk]),
      randomInput(rng, 'values', [B, S, dv]),
      randomInput(rng, 'wq', [h, dq]),
      randomInput(rng, 'wk', [h, dk]),
      randomInput(rng, 'v', [h], 2),
    ],
    args: [ref('query'), ref('keys'), ref('values'), params('wq', 'wk', 'v')],
  };
}

export const additiveAttentionDrill: Drill = {
  id: 'additive-attention',
  questionSlug: 'attention-in-machine-translation',
  title: { en: 'Additive (Bahdanau) attention', zh: '加性（Bahdanau）注意力' },
  prompt: {
    en: 'Implement `additiveAttention(query, keys, values, params)` with `query [B, L, dq]`, `keys [B, S, dk]`, `values [B, S, dv]`, `params.wq [h, dq]`, `params.wk [h, dk]`, `params.v [h]` (no biases). The score of query `i` and key `j` is `v . tanh(wq q_i + wk k_j)`; the weights are the softmax of the scores over the keys. Return `{ output [B, L, dv], weights [B, L, S] }`.',
    zh: '实现 `additiveAttention(query, keys, values, params)`，其中 `query [B, L, dq]`，`keys [B, S, dk]`，`values [B, S, dv]`，`params.wq [h, dq]`，`params.wk [h, dk]`，`params.v [h]`（没有偏置）。查询 `i` 与键 `j` 的分数为 `v . tanh(wq q_i + wk k_j)`，权重是分数沿键维的 softmax。返回 `{ output [B, L, dv], weights [B, L, S] }`。',
  },
  difficulty: 2,
  todo: 'project queries and keys, pair every query with every key, tanh, dot with v, softmax',
  solution: `function additiveAttention(
  query: tf.Tensor,
  keys: tf.Tensor,
  values: tf.Tensor,
  params: { wq: tf.Tensor; wk: tf.Tensor; v: tf.Tensor },
): { output: tf.Tensor; weights: tf.Tensor } {
  return tf.tidy(() => {
    const [B, L, dq] = query.shape;
    const [, S, dk] = keys.shape;
    const h = params.v.shape[0];
    // Project every query and every key once, then pair them by broadcasting.
    const q = tf.matMul(tf.reshape(query, [B * L, dq]), params.wq, false, true);
    const k = tf.matMul(tf.reshape(keys, [B * S, dk]), params.wk, false, true);
    const hidden = tf.tanh(tf.add(tf.reshape(q, [B, L, 1, h]), tf.reshape(k, [B, 1, S, h])));
    const scores = tf.sum(tf.mul(hidden, params.v), -1); // [B, L, S]
    const weights = tf.softmax(scores); // over the keys
    return { output: tf.matMul(weights, values), weights };
  });
}
`,
  cases: (rng) => {
    const fixed = createRng(22);
    const d = () => rng.int(1, 4);
    const any = () => [rng.int(1, 3), rng.int(2, 5), rng.int(2, 6), d(), d(), d(), d()];
    return [
      additiveCase(fixed, false, [1, 2, 3, 2, 2, 2, 3]),
      additiveCase(fixed, false, [2, 3, 4, 3, 2, 2, 4]),
      additiveCase(rng, true, any()),
      additiveCase(rng, true, any()),
      additiveCase(rng, true, [1, 1, 1, d(), d(), d(), d()]),
      additiveCase(rng, true, [rng.int(1, 2), 1, rng.int(3, 6), d(), d(), 1, 1]),
    ];
  },
  reference: (_tf, args, core) => {
    const [query, keys, values, weights] = args as [
      Tensor,
      Tensor,
      Tensor,
      AdditiveAttentionParams,
    ];
    return core.additiveAttention(query, keys, values, weights);
  },
};
