import type { Tensor } from '@tensorflow/tfjs-core';
import { createRng, randomInput, ref, sizes, value, type Rng } from './random';
import type { Drill, DrillCase } from './types';

// q and k in [-2, 2]: scores vary enough from tile to tile that a running max which is not
// rescaled shows in the values.
function onlineCase(rng: Rng, hidden: boolean, [L, S, d, dv, block]: number[]): DrillCase {
  return {
    name: sizes({ L, S, d, dv, block }),
    hidden,
    inputs: [
      randomInput(rng, 'q', [L, d], 2),
      randomInput(rng, 'k', [S, d], 2),
      randomInput(rng, 'v', [S, dv]),
    ],
    args: [ref('q'), ref('k'), ref('v'), value(block)],
  };
}

export const onlineSoftmaxDrill: Drill = {
  id: 'online-softmax',
  questionSlug: 'flash-attention',
  title: { en: 'Attention with an online softmax', zh: '用在线 softmax 计算注意力' },
  prompt: {
    en: 'Implement `onlineAttention(q, k, v, blockSize)` with `q [L, d]`, `k [S, d]`, `v [S, dv]`, as FlashAttention does: visit the keys and values `blockSize` at a time (the last tile may be shorter) and keep, per query row, a running maximum `m` of the scores, a running softmax denominator `l` and an unnormalised output, never the whole `[L, S]` score matrix. Scores are scaled by `1/sqrt(d)`. Return `{ output, logsumexp }`: `output [L, dv]`, equal to ordinary attention, and `logsumexp [L] = m + log(l)`, the log of each row’s softmax denominator.',
    zh: '像 FlashAttention 那样实现 `onlineAttention(q, k, v, blockSize)`，其中 `q [L, d]`，`k [S, d]`，`v [S, dv]`：每次处理 `blockSize` 个键和值（最后一块可以更短），每个查询行维护分数的当前最大值 `m`、softmax 的当前分母 `l` 和未归一化的输出，始终不构造完整的 `[L, S]` 分数矩阵。分数乘以 `1/sqrt(d)`。返回 `{ output, logsumexp }`：`output [L, dv]`，与普通注意力相同；`logsumexp [L] = m + log(l)`，即每一行 softmax 分母的对数。',
  },
  difficulty: 3,
  todo: 'for each tile of keys: new max, rescale the old sum and output by exp(old max - new max), add the tile',
  solution: `function onlineAttention(
  q: tf.Tensor,
  k: tf.Tensor,
  v: tf.Tensor,
  blockSize: number,
): { output: tf.Tensor; logsumexp: tf.Tensor } {
  return tf.tidy(() => {
    const [L, d] = q.shape;
    const [S, dv] = v.shape;
    let max = tf.fill([L, 1], -Infinity);
    let sum = tf.zeros([L, 1]);
    let acc = tf.zeros([L, dv]);
    for (let start = 0; start < S; start += blockSize) {
      const size = Math.min(blockSize, S - start);
      const kTile = tf.slice(k, [start, 0], [size, d]);
      const vTile = tf.slice(v, [start, 0], [size, dv]);
      const scores = tf.div(tf.matMul(q, kTile, false, true), Math.sqrt(d)); // [L, size]
      const newMax = tf.maximum(max, tf.max(scores, -1, true));
      // The sum and output so far are relative to the old max: bring them to the new one.
      const rescale = tf.exp(tf.sub(max, newMax));
      const p = tf.exp(tf.sub(scores, newMax));
      sum = tf.add(tf.mul(sum, rescale), tf.sum(p, -1, true));
      acc = tf.add(tf.mul(acc, rescale), tf.matMul(p, vTile));
      max = newMax;
    }
    return { output: tf.div(acc, sum), logsumexp: tf.reshape(tf.add(max, tf.log(sum)), [L]) };
  });
}
`,
  cases: (rng) => {
    const fixed = createRng(35);
    const any = () => [rng.int(1, 4), rng.int(2, 9), rng.int(2, 4), rng.int(1, 3), rng.int(1, 4)];
    return [
      onlineCase(fixed, false, [2, 5, 3, 2, 2]),
      onlineCase(fixed, false, [3, 6, 2, 3, 3]),
      onlineCase(rng, true, any()),
      onlineCase(rng, true, any()),
      // One key per tile: every step may move the maximum.
      onlineCase(rng, true, [rng.int(1, 3), rng.int(3, 7), 2, 2, 1]),
      // A tile wider than the keys: one step, ordinary softmax.
      onlineCase(rng, true, [rng.int(1, 3), rng.int(1, 4), rng.int(2, 3), 2, 8]),
    ];
  },
  reference: (_tf, args, core) => {
    const [q, k, v, blockSize] = args as [Tensor, Tensor, Tensor, number];
    return core.flashAttention(q, k, v, { blockSize });
  },
};
