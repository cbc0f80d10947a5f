import type { Tensor } from '@tensorflow/tfjs-core';
import { createRng, randomInput, ref, sizes, value, type Rng } from './random';
import type { Drill, DrillCase } from './types';

function ropeCase(rng: Rng, hidden: boolean, shape: number[], offset: number): DrillCase {
  const dims = shape.length === 4 ? ['B', 'H', 'L', 'd'] : ['B', 'L', 'd'];
  return {
    name: `${sizes(Object.fromEntries(dims.map((n, i) => [n, shape[i]])))} offset=${offset}`,
    hidden,
    inputs: [randomInput(rng, 'x', shape)],
    args: [ref('x'), value(offset)],
  };
}

const evenWidth = (rng: Rng) => 2 * rng.int(1, 4);

export const rotaryEmbeddingDrill: Drill = {
  id: 'rotary-embedding',
  questionSlug: 'positional-information',
  title: { en: 'Rotary position embedding (RoPE)', zh: '旋转位置编码（RoPE）' },
  prompt: {
    en: 'Implement `rotaryEmbedding(x, offset)` for `x [..., L, d]` (rows are positions, `d` is even; leading axes such as batch and heads share the positions). Row `r` is at position `p = offset + r`. Features `i` and `i + d/2` form a pair (the rotate-half layout of LLaMA in Hugging Face) that turns by the angle `p * 10000^(-2i/d)`: `out = x * cos + rotateHalf(x) * sin`, where `rotateHalf(x) = [-x2, x1]` for the halves `x1`, `x2` of the last axis. Return the rotated tensor, same shape as `x`.',
    zh: '实现 `rotaryEmbedding(x, offset)`，其中 `x [..., L, d]`（每一行是一个位置，`d` 为偶数；批次、头等前导维度共用这些位置）。第 `r` 行位于位置 `p = offset + r`。特征 `i` 与 `i + d/2` 组成一对（Hugging Face 中 LLaMA 的 rotate-half 排布），转过角度 `p * 10000^(-2i/d)`：`out = x * cos + rotateHalf(x) * sin`，其中对最后一维的两半 `x1`、`x2` 有 `rotateHalf(x) = [-x2, x1]`。返回旋转后的张量，形状与 `x` 相同。',
  },
  difficulty: 2,
  todo: 'angles (offset + row) * 10000^(-2i/d) for each pair, then x cos + rotateHalf(x) sin',
  solution: `function rotaryEmbedding(x: tf.Tensor, offset: number): tf.Tensor {
  return tf.tidy(() => {
    const L = x.shape[x.rank - 2];
    const d = x.shape[x.rank - 1];
    const half = d / 2;
    // Pair i turns at frequency 10000^(-2i/d): the first pairs fast, the last ones slowly.
    const freq = Array.from({ length: half }, (_, i) => Math.pow(10000, (-2 * i) / d));
    const positions = tf.reshape(tf.range(offset, offset + L), [L, 1]);
    const pairAngles = tf.matMul(positions, tf.tensor2d([freq])); // [L, d/2]
    // Features i and i + d/2 share an angle, so the angles repeat for the second half.
    const angles = tf.concat([pairAngles, pairAngles], -1); // [L, d]
    const [x1, x2] = tf.split(x, 2, -1);
    const rotated = tf.concat([tf.neg(x2), x1], -1);
    return tf.add(tf.mul(x, tf.cos(angles)), tf.mul(rotated, tf.sin(angles)));
  });
}
`,
  cases: (rng) => {
    const fixed = createRng(31);
    return [
      ropeCase(fixed, false, [1, 3, 4], 0),
      ropeCase(fixed, false, [2, 4, 6], 5),
      ropeCase(rng, true, [rng.int(1, 3), rng.int(1, 6), evenWidth(rng)], rng.int(0, 20)),
      // Batch and heads in front: they share the positions.
      ropeCase(rng, true, [rng.int(1, 2), rng.int(2, 3), rng.int(2, 5), evenWidth(rng)], 0),
      // One decoded token far into the sequence: its position is the offset.
      ropeCase(rng, true, [1, 1, evenWidth(rng)], rng.int(50, 200)),
      // One pair only.
      ropeCase(rng, true, [rng.int(1, 2), rng.int(2, 6), 2], rng.int(0, 9)),
    ];
  },
  reference: (_tf, args, core) => {
    const [x, offset] = args as [Tensor, number];
    return core.rotaryEmbedding(x, { offset }).output;
  },
};
