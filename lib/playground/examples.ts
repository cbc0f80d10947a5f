/** Starter programs for the playground: each a complete sandbox snippet. */
export interface Example {
  id: string;
  title: string;
  code: string;
}

export const examples: Example[] = [
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
show.steps(steps, { rows: tokens, cols: tokens, title: 'Self-attention, step by step' });
show.heatmap(steps.weights, { rows: tokens, cols: tokens, title: 'Attention weights' });
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
show.heatmap(map, { rows: labels, cols: labels, rowAxis: 'y', colAxis: 'x', title: 'Where CBAM looks' });
tf.dispose([image, weight, bias, output, weights, map]);
`,
  },
];
