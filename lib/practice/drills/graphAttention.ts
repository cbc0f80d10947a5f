import type { Tensor } from '@tensorflow/tfjs-core';
import type { GraphAttentionParams } from '@/lib/attention';
import { boolInput, createRng, params, randomInput, ref, sizes, type Rng } from './random';
import type { Drill, DrillCase } from './types';

/** Random edges, each node listening to at least one node (itself, when it drew none). */
function randomAdjacency(rng: Rng, N: number): number[] {
  const flags: number[] = [];
  for (let i = 0; i < N; i++) {
    const row = Array.from({ length: N }, () => (rng.next() < 0.4 ? 1 : 0));
    if (!row.includes(1)) row[i] = 1;
    flags.push(...row);
  }
  return flags;
}

function graphCase(rng: Rng, hidden: boolean, [N, F, Fo]: number[], edges?: number[]): DrillCase {
  return {
    name: sizes({ N, F, "F'": Fo }),
    hidden,
    inputs: [
      randomInput(rng, 'h', [N, F]),
      boolInput('adjacency', [N, N], edges ?? randomAdjacency(rng, N)),
      randomInput(rng, 'weight', [Fo, F]),
      randomInput(rng, 'attSrc', [Fo], 2),
      randomInput(rng, 'attDst', [Fo], 2),
    ],
    args: [ref('h'), ref('adjacency'), params('weight', 'attSrc', 'attDst')],
  };
}

export const graphAttentionDrill: Drill = {
  id: 'graph-attention',
  questionSlug: 'attention-in-knowledge-graphs',
  title: { en: 'Graph attention (one GAT head)', zh: '图注意力（单头 GAT）' },
  prompt: {
    en: "Implement `graphAttention(h, adjacency, params)` for one GAT head: `h [N, F]`, `adjacency` bool `[N, N]` where row `i` marks the nodes `j` that node `i` listens to (use it as given, no self-loops added; every row has at least one `true`), `params.weight [F', F]`, `params.attSrc [F']`, `params.attDst [F']`. With `Wh = h weight^T`, the logit is `e_ij = LeakyReLU(attDst . Wh_i + attSrc . Wh_j)` with negative slope 0.2, and the weights are the softmax of `e_ij` over the neighbours `j` of `i` (0 elsewhere). Return `{ output [N, F'], weights [N, N] }` with `output = weights Wh`.",
    zh: "实现单头 GAT 的 `graphAttention(h, adjacency, params)`：`h [N, F]`；`adjacency` 为 bool 的 `[N, N]`，第 `i` 行标出节点 `i` 接收信息的节点 `j`（按原样使用，不要另加自环；每行至少有一个 `true`）；`params.weight [F', F]`，`params.attSrc [F']`，`params.attDst [F']`。令 `Wh = h weight^T`，logit 为 `e_ij = LeakyReLU(attDst . Wh_i + attSrc . Wh_j)`，负斜率 0.2；权重是 `e_ij` 在 `i` 的邻居 `j` 上的 softmax（非邻居为 0）。返回 `{ output [N, F'], weights [N, N] }`，其中 `output = weights Wh`。",
  },
  difficulty: 3,
  todo: "Wh, the logits e_ij, LeakyReLU, softmax over each node's neighbours, weights Wh",
  solution: `function graphAttention(
  h: tf.Tensor,
  adjacency: tf.Tensor,
  params: { weight: tf.Tensor; attSrc: tf.Tensor; attDst: tf.Tensor },
): { output: tf.Tensor; weights: tf.Tensor } {
  return tf.tidy(() => {
    const N = h.shape[0];
    const wh = tf.matMul(h, params.weight, false, true); // [N, F']
    const dst = tf.sum(tf.mul(wh, params.attDst), 1, true); // [N, 1]: the listener i
    const src = tf.reshape(tf.sum(tf.mul(wh, params.attSrc), 1), [1, N]); // [1, N]: neighbour j
    const logits = tf.leakyRelu(tf.add(dst, src), 0.2);
    // Only neighbours compete: the others get -Infinity, hence weight 0.
    const masked = tf.where(adjacency, logits, tf.fill([N, N], -Infinity));
    const weights = tf.softmax(masked);
    return { output: tf.matMul(weights, wh), weights };
  });
}
`,
  cases: (rng) => {
    const fixed = createRng(51);
    const any = () => [rng.int(2, 7), rng.int(1, 4), rng.int(1, 4)];
    // A path 0 - 1 - 2 with self-loops: node 0 and node 2 listen to two nodes, node 1 to three.
    const path = [1, 1, 0, 1, 1, 1, 0, 1, 1];
    return [
      graphCase(fixed, false, [3, 2, 2], path),
      graphCase(fixed, false, [4, 3, 2]),
      graphCase(rng, true, any()),
      graphCase(rng, true, any()),
      // A single node that listens only to itself.
      graphCase(rng, true, [1, rng.int(1, 3), rng.int(1, 3)], [1]),
      // Node 0 listens to node 1 only, and node 1 to node 0 only: each weight is exactly 1.
      graphCase(rng, true, [2, rng.int(1, 3), rng.int(1, 3)], [0, 1, 1, 0]),
    ];
  },
  reference: (_tf, args, core) => {
    const [h, adjacency, weights] = args as [Tensor, Tensor, GraphAttentionParams];
    return core.graphAttention(h, adjacency, weights);
  },
};
