import type { Tensor } from '@tensorflow/tfjs-core';
import { createRng, randomInput, ref, sizes, type Rng } from './random';
import type { Drill, DrillCase } from './types';

/** L new tokens of width E over a cache of `cached` earlier keys [cached, d] and values. */
function decodeCase(rng: Rng, hidden: boolean, [L, cached, E, d, dv]: number[]): DrillCase {
  return {
    name: sizes({ L, cached, E, d, dv }),
    hidden,
    inputs: [
      randomInput(rng, 'x', [L, E]),
      randomInput(rng, 'kCache', [cached, d], 2),
      randomInput(rng, 'vCache', [cached, dv]),
      randomInput(rng, 'wq', [E, d]),
      randomInput(rng, 'wk', [E, d]),
      randomInput(rng, 'wv', [E, dv]),
    ],
    args: ['x', 'kCache', 'vCache', 'wq', 'wk', 'wv'].map(ref),
  };
}

export const decodeStepDrill: Drill = {
  id: 'decode-step',
  questionSlug: 'kv-cache',
  title: { en: 'One decode step with a KV cache', zh: '带 KV 缓存的一个解码步' },
  prompt: {
    en: 'Implement `decodeStep(x, kCache, vCache, wq, wk, wv)`. `x [L, E]` holds the new tokens (usually one; speculative decoding checks several at once), `kCache [C, d]` and `vCache [C, dv]` the keys and values of the `C` earlier tokens, and `wq [E, d]`, `wk [E, d]`, `wv [E, dv]` the projections. Project only the new tokens, append their keys and values to the cache (new rows last), and let each new token attend causally over the whole cache, its own key included, with scores scaled by `1/sqrt(d)`. Return `{ output, kCache, vCache }`: `output [L, dv]` and the grown cache, `[C + L, d]` and `[C + L, dv]`.',
    zh: '实现 `decodeStep(x, kCache, vCache, wq, wk, wv)`。`x [L, E]` 是新的词元（通常只有一个；投机解码一次验证多个），`kCache [C, d]` 和 `vCache [C, dv]` 是之前 `C` 个词元的键和值，`wq [E, d]`、`wk [E, d]`、`wv [E, dv]` 是投影矩阵。只对新词元做投影，把它们的键和值追加到缓存末尾，再让每个新词元对整个缓存（包括它自己的键）做因果注意力，分数乘以 `1/sqrt(d)`。返回 `{ output, kCache, vCache }`：`output [L, dv]`，以及增长后的缓存 `[C + L, d]` 和 `[C + L, dv]`。',
  },
  difficulty: 2,
  todo: 'project x, append k and v to the cache, mask keys after each new token, attend',
  solution: `function decodeStep(
  x: tf.Tensor2D,
  kCache: tf.Tensor2D,
  vCache: tf.Tensor2D,
  wq: tf.Tensor2D,
  wk: tf.Tensor2D,
  wv: tf.Tensor2D,
): { output: tf.Tensor; kCache: tf.Tensor; vCache: tf.Tensor } {
  return tf.tidy(() => {
    const L = x.shape[0];
    const d = wq.shape[1];
    // Only the new tokens are projected: the cache already holds every earlier key and value.
    const keys = tf.concat([kCache, tf.matMul(x, wk)], 0); // [S, d], S = C + L
    const values = tf.concat([vCache, tf.matMul(x, wv)], 0); // [S, dv]
    const S = keys.shape[0];
    const scores = tf.div(tf.matMul(tf.matMul(x, wq), keys, false, true), Math.sqrt(d));
    // New token i sits at position S - L + i (bottom-right), not at i: it sees the whole cache.
    const i = tf.reshape(tf.range(S - L, S), [L, 1]);
    const j = tf.reshape(tf.range(0, S), [1, S]);
    const blocked = tf.broadcastTo(tf.greater(j, i), [L, S]);
    const masked = tf.where(blocked, tf.fill([L, S], -Infinity), scores);
    const output = tf.matMul(tf.softmax(masked), values);
    return { output, kCache: keys, vCache: values };
  });
}
`,
  cases: (rng) => {
    const fixed = createRng(33);
    const any = () => [rng.int(1, 3), rng.int(1, 6), rng.int(2, 5), rng.int(2, 4), rng.int(1, 3)];
    return [
      decodeCase(fixed, false, [1, 3, 4, 3, 2]),
      decodeCase(fixed, false, [2, 2, 3, 2, 3]),
      decodeCase(rng, true, any()),
      decodeCase(rng, true, any()),
      // The second token of a sequence: one key in the cache.
      decodeCase(rng, true, [1, 1, rng.int(2, 4), rng.int(2, 4), rng.int(1, 3)]),
      // Several new tokens over a longer cache: only the later new keys are blocked.
      decodeCase(rng, true, [rng.int(3, 4), rng.int(4, 8), 3, rng.int(2, 4), 2]),
    ];
  },
  reference: (tf, args, core) => {
    const [x, kCache, vCache, wq, wk, wv] = args as Tensor[];
    const keys = tf.concat([kCache, tf.matMul(x, wk)], 0);
    const values = tf.concat([vCache, tf.matMul(x, wv)], 0);
    const { mask } = core.attentionMask(x.shape[0], keys.shape[0], { causal: 'bottom-right' });
    const { output } = core.scaledDotProductAttention(tf.matMul(x, wq), keys, values, { mask });
    return { output, kCache: keys, vCache: values };
  },
};
