import type { Tensor } from '@tensorflow/tfjs-core';
import type { BiDirectionalAttentionParams } from '@/lib/attention';
import { createRng, params, randomInput, ref, sizes, type Rng } from './random';
import type { Drill, DrillCase } from './types';

function bidafCase(rng: Rng, hidden: boolean, [B, T, J, d]: number[]): DrillCase {
  return {
    name: sizes({ B, T, J, d }),
    hidden,
    inputs: [
      randomInput(rng, 'context', [B, T, d]),
      randomInput(rng, 'query', [B, J, d]),
      randomInput(rng, 'weight', [3 * d], 2),
    ],
    args: [ref('context'), ref('query'), params('weight')],
  };
}

export const bidirectionalAttentionDrill: Drill = {
  id: 'bidirectional-attention',
  questionSlug: 'attention-in-question-answering',
  title: { en: 'BiDAF attention flow', zh: 'BiDAF 双向注意力流' },
  prompt: {
    en: "Implement `biDirectionalAttention(context, query, params)` from BiDAF with `context [B, T, d]`, `query [B, J, d]` and `params.weight [3d]`. The similarity of context word `t` and query word `j` is `weight . [c_t; q_j; c_t * q_j]` (concatenation, `*` elementwise). Context-to-query: softmax of each similarity row over `j`, times `query`. Query-to-context: softmax over `t` of each row's maximum, used to average `context`, then tiled to every `t`. Return `{ similarity [B, T, J], c2q [B, T, d], q2c [B, T, d] }`.",
    zh: '实现 BiDAF 中的 `biDirectionalAttention(context, query, params)`：`context [B, T, d]`，`query [B, J, d]`，`params.weight [3d]`。上下文词 `t` 与问题词 `j` 的相似度为 `weight . [c_t; q_j; c_t * q_j]`（`;` 表示拼接，`*` 表示逐元素相乘）。上下文到问题：对相似度的每一行沿 `j` 做 softmax，再乘以 `query`。问题到上下文：取每行的最大值，沿 `t` 做 softmax，用它对 `context` 加权平均，再复制到每个 `t`。返回 `{ similarity [B, T, J], c2q [B, T, d], q2c [B, T, d] }`。',
  },
  difficulty: 3,
  todo: 'trilinear similarity, then context-to-query and query-to-context attention',
  solution: `function biDirectionalAttention(
  context: tf.Tensor3D,
  query: tf.Tensor3D,
  params: { weight: tf.Tensor },
): { similarity: tf.Tensor; c2q: tf.Tensor; q2c: tf.Tensor } {
  return tf.tidy(() => {
    const [B, T] = context.shape;
    const J = query.shape[1];
    const [wc, wq, wcq] = tf.split(params.weight, 3);
    // w . [c; q; c*q] = wc . c + wq . q + (c * wcq) . q: three terms, no [B, T, J, 3d] tensor.
    const fromContext = tf.reshape(tf.sum(tf.mul(context, wc), -1), [B, T, 1]);
    const fromQuery = tf.reshape(tf.sum(tf.mul(query, wq), -1), [B, 1, J]);
    const cross = tf.matMul(tf.mul(context, wcq), query, false, true); // [B, T, J]
    const similarity = tf.add(tf.add(cross, fromContext), fromQuery);
    // Context to query: each context word reads the query words.
    const c2q = tf.matMul(tf.softmax(similarity), query);
    // Query to context: the context words that matter most to some query word.
    const q2cWeights = tf.softmax(tf.max(similarity, -1)); // [B, T]
    const attended = tf.matMul(tf.reshape(q2cWeights, [B, 1, T]), context); // [B, 1, d]
    return { similarity, c2q, q2c: tf.tile(attended, [1, T, 1]) };
  });
}
`,
  cases: (rng) => {
    const fixed = createRng(32);
    const any = () => [rng.int(1, 3), rng.int(2, 6), rng.int(2, 5), rng.int(1, 4)];
    return [
      bidafCase(fixed, false, [1, 3, 2, 2]),
      bidafCase(fixed, false, [2, 4, 3, 3]),
      bidafCase(rng, true, any()),
      bidafCase(rng, true, any()),
      bidafCase(rng, true, [1, 1, 1, rng.int(1, 3)]),
    ];
  },
  reference: (_tf, args, core) => {
    const [context, query, weights] = args as [Tensor, Tensor, BiDirectionalAttentionParams];
    const all = core.biDirectionalAttention(context, query, weights);
    // The drill asks for three of the six results; the others are freed here.
    for (const name of ['c2qWeights', 'q2cWeights', 'g'] as const) all[name].dispose();
    return { similarity: all.similarity, c2q: all.c2q, q2c: all.q2c };
  },
};
