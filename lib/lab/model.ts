import type * as tfc from '@tensorflow/tfjs-core';
import {
  transformerBlock,
  transformerBlockShapes,
  type TransformerBlockParams,
} from '@/lib/attention/transformerBlock';
import { mulberry32 } from '@/lib/random';
import type { LabConfig } from './config';

/** A block's parameter names, in the block's own order (saved files keep it). */
const blockNames = Object.keys(transformerBlockShapes(1, 1)) as (keyof TransformerBlockParams)[];
const ffnNames = new Set<string>(['fc1Weight', 'fc1Bias', 'fc2Weight', 'fc2Bias']);

/** A parameter's name and shape, in the order they are created, saved and loaded. */
export function parameterShapes(config: LabConfig): [string, number[]][] {
  const E = config.width;
  // Attention-only blocks get a one-unit FFN of zeros that never trains: its output is zero.
  const F = config.attentionOnly ? 1 : 4 * E;
  const shapes: [string, number[]][] = [['embed', [config.vocab, E]]];
  if (config.positions === 'learned') shapes.push(['positions', [config.length, E]]);
  for (let layer = 0; layer < config.layers; layer++) {
    const block = transformerBlockShapes(E, F);
    for (const name of blockNames) shapes.push([`layer${layer}.${name}`, block[name]]);
  }
  shapes.push(['unembedWeight', [config.vocab, E]], ['unembedBias', [config.vocab]]);
  return shapes;
}

/** Whether a parameter trains (attention-only models keep their zero FFN fixed). */
export function isTrained(config: LabConfig, name: string): boolean {
  return !(config.attentionOnly && ffnNames.has(name.split('.')[1] ?? ''));
}

/**
 * Seeded starting values: norms' weights 1, biases 0, matrices normal with std 1/sqrt(fan-in)
 * (embeddings std 1), drawn with lib/random so every backend starts from the same numbers.
 */
export function initialValues(config: LabConfig): Map<string, Float32Array> {
  const next = mulberry32(config.seed ^ 0x9e3779b9);
  const normal = () => {
    const u = Math.max(next(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
  };
  const values = new Map<string, Float32Array>();
  for (const [name, shape] of parameterShapes(config)) {
    const size = shape.reduce((a, b) => a * b, 1);
    const data = new Float32Array(size);
    const local = name.split('.')[1] ?? name;
    if (/^ln\dWeight$/.test(local)) data.fill(1);
    else if (shape.length === 2 && isTrained(config, name)) {
      const std = name === 'embed' || name === 'positions' ? 1 : 1 / Math.sqrt(shape[1]);
      for (let i = 0; i < size; i++) data[i] = normal() * std;
    }
    values.set(name, data);
  }
  return values;
}

/** Sinusoidal positions of "Attention is all you need", [L, E]. */
export function sinusoidalTable(length: number, width: number): Float32Array {
  const table = new Float32Array(length * width);
  for (let pos = 0; pos < length; pos++) {
    for (let i = 0; i < width; i += 2) {
      const angle = pos / Math.pow(10000, i / width);
      table[pos * width + i] = Math.sin(angle);
      if (i + 1 < width) table[pos * width + i + 1] = Math.cos(angle);
    }
  }
  return table;
}

export interface ForwardResult {
  /** [B, L, V] */
  logits: tfc.Tensor;
  /** Per layer, [B, H, L, L]. */
  weights: tfc.Tensor[];
}

/**
 * The lab's model: token embedding (+ positions), `layers` transformerBlocks, unembedding.
 * `headsOff[layer]` lists heads whose output is removed (their out-projection columns zeroed),
 * which is exactly the model without that head's contribution.
 */
export function forward(
  tf: typeof tfc,
  config: LabConfig,
  params: Map<string, tfc.Tensor>,
  inputs: tfc.Tensor,
  headsOff: number[][] = [],
): ForwardResult {
  const get = (name: string) => {
    const p = params.get(name);
    if (!p) throw new Error(`The lab model has no parameter "${name}".`);
    return p;
  };
  const E = config.width;
  const L = inputs.shape[1] ?? 0;
  // One-hot times the table rather than gather: gather's gradient needs UnsortedSegmentSum,
  // which the wasm backend lacks; the product is the same lookup and trains on every backend.
  const V = config.vocab;
  const oneHot = tf.oneHot(tf.reshape(inputs, [-1]), V);
  let x = tf.reshape(tf.matMul(oneHot, get('embed')), [-1, L, E]);
  if (config.positions === 'learned') x = tf.add(x, tf.slice(get('positions'), [0, 0], [L, E]));
  if (config.positions === 'sinusoidal') x = tf.add(x, tf.tensor(sinusoidalTable(L, E), [L, E]));
  const weights: tfc.Tensor[] = [];
  const headDim = E / config.heads;
  for (let layer = 0; layer < config.layers; layer++) {
    const block = {} as TransformerBlockParams;
    for (const name of blockNames) block[name] = get(`layer${layer}.${name}`);
    const off = headsOff[layer] ?? [];
    if (off.length > 0) {
      const keep = new Float32Array(E).map((_, c) =>
        off.includes(Math.floor(c / headDim)) ? 0 : 1,
      );
      block.outProjWeight = tf.mul(block.outProjWeight, tf.tensor(keep, [1, E]));
    }
    const out = transformerBlock(x, block, {
      numHeads: config.heads,
      norm: config.norm,
      causal: config.causal,
      // RoPE lives inside attention: queries and keys turn by position, the stream does not.
      rotary: config.positions === 'rope' ? {} : undefined,
    });
    x = out.output;
    weights.push(out.weights);
  }
  // Flattened to 2-D: tfjs' batched matMul gradient does not reduce a broadcast weight.
  const flat = tf.matMul(tf.reshape(x, [-1, E]), get('unembedWeight'), false, true);
  const logits = tf.reshape(tf.add(flat, get('unembedBias')), [-1, L, V]);
  return { logits, weights };
}

/** Mean cross-entropy over the scored positions, and how many of them the argmax gets right. */
export function lossAndCorrect(
  tf: typeof tfc,
  logits: tfc.Tensor,
  targets: tfc.Tensor,
  scored: tfc.Tensor,
): { loss: tfc.Scalar; correct: tfc.Scalar } {
  const V = logits.shape[logits.rank - 1];
  const flat = tf.reshape(logits, [-1, V]);
  const wanted = tf.oneHot(tf.reshape(targets, [-1]), V);
  const perToken = tf.neg(tf.sum(tf.mul(tf.logSoftmax(flat), wanted), -1));
  const weight = tf.reshape(scored, [-1]);
  const count = tf.maximum(tf.sum(weight), tf.scalar(1));
  const loss = tf.div(tf.sum(tf.mul(perToken, weight)), count) as tfc.Scalar;
  const hit = tf.cast(tf.equal(tf.argMax(flat, -1), tf.reshape(targets, [-1])), 'float32');
  const correct = tf.sum(tf.mul(hit, weight)) as tfc.Scalar;
  return { loss, correct };
}
