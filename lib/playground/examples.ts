import type { Locale } from '@/lib/i18n/messages';

/**
 * Starter programs for the playground, each a complete sandbox snippet, in each language: the
 * same code and chart ids, with titles, labels and comments in the page's language.
 */
export interface Example {
  id: string;
  title: string;
  code: string;
}

const english: Example[] = [
  {
    id: 'self-attention',
    title: 'Self-attention on a sentence',
    code: `const tokens = ['the', 'cat', 'sat', 'on', 'the', 'mat'];
const x = tf.tensor2d([
  [0.1, 0.0, 1.0, 0.0],
  [1.0, 0.2, 0.0, 0.3],
  [0.9, 0.1, 0.1, 0.5],
  [0.0, 1.0, 0.2, 0.0],
  [0.1, 0.0, 1.0, 0.1],
  [0.8, 0.0, 0.0, 1.0],
]);
const steps = attentionSteps(x, x, x);
show.steps(steps, { rows: tokens, cols: tokens, id: 'steps', title: 'Self-attention, step by step' });
show.heatmap(steps.weights, { rows: tokens, cols: tokens, id: 'weights', title: 'Attention weights' });
tf.dispose([x, ...Object.values(steps)]);
`,
  },
  {
    id: 'multi-head',
    title: 'Multi-head attention',
    code: `const tokens = ['I', 'saw', 'her', 'duck', 'today'];
const E = 8;
const heads = 4;
const x = tf.randomNormal([1, tokens.length, E], 0, 1, 'float32', 3);
const params = {
  inProjWeight: tf.randomNormal([3 * E, E], 0, 0.5, 'float32', 4),
  outProjWeight: tf.randomNormal([E, E], 0, 0.5, 'float32', 5),
};
const { output, weights } = multiHeadAttention(x, x, x, params, { numHeads: heads });
// weights is [1, H, L, S]: pick the batch item, then the heatmap offers a head selector.
const perHead = tf.squeeze(weights, [0]);
show.heatmap(perHead, {
  rows: tokens,
  cols: tokens,
  heads: ['head 1', 'head 2', 'head 3', 'head 4'],
  id: 'per-head',
  title: 'Each head attends differently',
});
tf.dispose([x, params.inProjWeight, params.outProjWeight, output, weights, perHead]);
`,
  },
  {
    id: 'causal',
    title: 'Causal mask',
    code: `const tokens = ['<s>', 'attention', 'is', 'all', 'you', 'need'];
const x = tf.randomNormal([tokens.length, 8], 0, 1, 'float32', 11);
const { output, weights } = scaledDotProductAttention(x, x, x, { causal: true });
show.heatmap(weights, {
  rows: tokens,
  cols: tokens,
  id: 'causal-weights',
  title: 'Causal self-attention: no token sees the future',
  rowAxis: 'query',
  colAxis: 'key',
});
tf.dispose([x, output, weights]);
`,
  },
  {
    id: 'cbam',
    title: 'CBAM spatial attention on a small image',
    code: `// A 1-image batch with 3 channels, 8x8 pixels: a bright 3x3 square in the top left.
const size = 8;
const pixels = [];
for (let c = 0; c < 3; c++)
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) pixels.push(x >= 1 && x <= 3 && y >= 1 && y <= 3 ? 1 : 0.1);
const image = tf.tensor4d(pixels, [1, 3, size, size]);
// A 3x3 kernel over [mean, max] that adds up each neighbourhood: bright regions score high.
// Try kernelSize 7 (and a [1, 2, 7, 7] weight): the map blurs as the window grows.
const weight = tf.fill([1, 2, 3, 3], 0.5);
const bias = tf.tensor1d([-2]);
const { output, weights } = spatialAttention(image, { weight, bias }, { kernelSize: 3 });
const map = tf.reshape(weights, [size, size]);
const labels = Array.from({ length: size }, (_, i) => String(i));
show.heatmap(map, { rows: labels, cols: labels, rowAxis: 'y', colAxis: 'x', id: 'cbam-map', title: 'Where CBAM looks' });
tf.dispose([image, weight, bias, output, weights, map]);
`,
  },
];

const chinese: Example[] = [
  {
    id: 'self-attention',
    title: '一个句子的自注意力',
    code: `const tokens = ['the', 'cat', 'sat', 'on', 'the', 'mat'];
const x = tf.tensor2d([
  [0.1, 0.0, 1.0, 0.0],
  [1.0, 0.2, 0.0, 0.3],
  [0.9, 0.1, 0.1, 0.5],
  [0.0, 1.0, 0.2, 0.0],
  [0.1, 0.0, 1.0, 0.1],
  [0.8, 0.0, 0.0, 1.0],
]);
const steps = attentionSteps(x, x, x);
show.steps(steps, { rows: tokens, cols: tokens, id: 'steps', title: '逐步拆解自注意力' });
show.heatmap(steps.weights, { rows: tokens, cols: tokens, id: 'weights', title: '注意力权重' });
tf.dispose([x, ...Object.values(steps)]);
`,
  },
  {
    id: 'multi-head',
    title: '多头注意力',
    code: `const tokens = ['I', 'saw', 'her', 'duck', 'today'];
const E = 8;
const heads = 4;
const x = tf.randomNormal([1, tokens.length, E], 0, 1, 'float32', 3);
const params = {
  inProjWeight: tf.randomNormal([3 * E, E], 0, 0.5, 'float32', 4),
  outProjWeight: tf.randomNormal([E, E], 0, 0.5, 'float32', 5),
};
const { output, weights } = multiHeadAttention(x, x, x, params, { numHeads: heads });
// weights 的形状是 [1, H, L, S]：取出批次中的这一项，热力图就会提供按头切换的选择器。
const perHead = tf.squeeze(weights, [0]);
show.heatmap(perHead, {
  rows: tokens,
  cols: tokens,
  heads: ['头 1', '头 2', '头 3', '头 4'],
  id: 'per-head',
  title: '每个头的关注各不相同',
});
tf.dispose([x, params.inProjWeight, params.outProjWeight, output, weights, perHead]);
`,
  },
  {
    id: 'causal',
    title: '因果掩码',
    code: `const tokens = ['<s>', 'attention', 'is', 'all', 'you', 'need'];
const x = tf.randomNormal([tokens.length, 8], 0, 1, 'float32', 11);
const { output, weights } = scaledDotProductAttention(x, x, x, { causal: true });
show.heatmap(weights, {
  rows: tokens,
  cols: tokens,
  id: 'causal-weights',
  title: '因果自注意力：没有词元能看到未来',
  rowAxis: '查询',
  colAxis: '键',
});
tf.dispose([x, output, weights]);
`,
  },
  {
    id: 'cbam',
    title: '小图像上的 CBAM 空间注意力',
    code: `// 一张 3 通道、8x8 像素的图像（批次大小为 1）：左上角有一个明亮的 3x3 方块。
const size = 8;
const pixels = [];
for (let c = 0; c < 3; c++)
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) pixels.push(x >= 1 && x <= 3 && y >= 1 && y <= 3 ? 1 : 0.1);
const image = tf.tensor4d(pixels, [1, 3, size, size]);
// 作用在 [均值, 最大值] 上的 3x3 卷积核，把每个邻域加起来：明亮区域得分高。
// 试试 kernelSize 7（权重改为 [1, 2, 7, 7]）：窗口越大，注意力图越模糊。
const weight = tf.fill([1, 2, 3, 3], 0.5);
const bias = tf.tensor1d([-2]);
const { output, weights } = spatialAttention(image, { weight, bias }, { kernelSize: 3 });
const map = tf.reshape(weights, [size, size]);
const labels = Array.from({ length: size }, (_, i) => String(i));
show.heatmap(map, { rows: labels, cols: labels, rowAxis: 'y', colAxis: 'x', id: 'cbam-map', title: 'CBAM 关注的位置' });
tf.dispose([image, weight, bias, output, weights, map]);
`,
  },
];

export const examplesByLocale: Record<Locale, Example[]> = { en: english, zh: chinese };

/** The English examples (tests, and the default where no locale is known). */
export const examples = english;
