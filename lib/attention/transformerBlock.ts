import * as tf from '@tensorflow/tfjs-core';
import {
  assertFiniteNumber,
  assertNoNaN,
  assertObject,
  assertOptionalBoolean,
  assertPositiveInt,
  assertRank,
  assertShape,
  dims,
  failWith,
  fmt,
} from './checks';
import { linear } from './linear';
import { attendHeads } from './multiHeadAttention';
import type { RotaryEmbeddingOptions } from './rotaryEmbedding';

/** nn.TransformerEncoderLayer's state_dict, camelCased (norm1 -> ln1, linear1 -> fc1, ...). */
export interface TransformerBlockParams {
  ln1Weight: tf.Tensor;
  ln1Bias: tf.Tensor;
  inProjWeight: tf.Tensor;
  inProjBias: tf.Tensor;
  outProjWeight: tf.Tensor;
  outProjBias: tf.Tensor;
  ln2Weight: tf.Tensor;
  ln2Bias: tf.Tensor;
  fc1Weight: tf.Tensor;
  fc1Bias: tf.Tensor;
  fc2Weight: tf.Tensor;
  fc2Bias: tf.Tensor;
}

/**
 * The shape of every parameter of a block of width E with a feed-forward layer of width F, in
 * nn.TransformerEncoderLayer's state_dict order: what the block checks, and what code that
 * creates parameters (tests, the lab's model) builds.
 */
export function transformerBlockShapes(
  E: number,
  F: number,
): Record<keyof TransformerBlockParams, number[]> {
  return {
    ln1Weight: [E],
    ln1Bias: [E],
    inProjWeight: [3 * E, E],
    inProjBias: [3 * E],
    outProjWeight: [E, E],
    outProjBias: [E],
    ln2Weight: [E],
    ln2Bias: [E],
    fc1Weight: [F, E],
    fc1Bias: [F],
    fc2Weight: [E, F],
    fc2Bias: [E],
  };
}

/** The same shapes in words, for error messages. */
const layouts: Record<keyof TransformerBlockParams, string> = {
  ln1Weight: '[E]',
  ln1Bias: '[E]',
  inProjWeight: '[3E, E]',
  inProjBias: '[3E]',
  outProjWeight: '[E, E]',
  outProjBias: '[E]',
  ln2Weight: '[E]',
  ln2Bias: '[E]',
  fc1Weight: '[F, E]',
  fc1Bias: '[F]',
  fc2Weight: '[E, F]',
  fc2Bias: '[E]',
};

export interface TransformerBlockOptions {
  numHeads: number;
  /** 'pre': x + f(norm(x)) (GPT-2 and later); 'post': norm(x + f(x)) (the 2017 paper). */
  norm: 'pre' | 'post';
  causal?: boolean;
  /** LayerNorm's epsilon. Default 1e-5. */
  eps?: number;
  /**
   * Rotary positions (RoPE, as rotaryEmbedding): when given, each head's queries and keys are
   * turned by their positions before the scores. Needs an even head dim E / numHeads.
   */
  rotary?: RotaryEmbeddingOptions;
}

const FN = 'transformerBlock';

function validate(
  x: unknown,
  params: unknown,
  opts: unknown,
): asserts params is TransformerBlockParams {
  assertRank(FN, 'x', x, 3, '[B, L, E]');
  const E = dims(x)[2];
  assertObject(FN, 'opts', opts, "{ numHeads, norm: 'pre' | 'post', causal?, eps?, rotary? }");
  assertPositiveInt(FN, 'numHeads', opts.numHeads);
  if (E % opts.numHeads !== 0) {
    failWith(FN, 'code.core.divisor', {
      name: 'numHeads',
      got: opts.numHeads,
      E,
      other: 'x',
      otherShape: fmt(x.shape),
    });
  }
  if (opts.norm !== 'pre' && opts.norm !== 'post') {
    failWith(FN, 'code.core.eitherOf', {
      name: 'norm',
      got: String(JSON.stringify(opts.norm)),
      a: "'pre'",
      b: "'post'",
    });
  }
  assertOptionalBoolean(FN, 'causal', opts.causal);
  if (opts.eps !== undefined) {
    assertFiniteNumber(FN, 'eps', opts.eps);
    if (opts.eps <= 0) failWith(FN, 'code.core.positive', { name: 'eps', got: opts.eps });
  }
  if (opts.rotary !== undefined) {
    assertObject(FN, 'rotary', opts.rotary, '{ base?, offset? }');
    const { base, offset } = opts.rotary;
    if (base !== undefined) {
      assertFiniteNumber(FN, 'rotary.base', base);
      if (base <= 0) failWith(FN, 'code.core.positive', { name: 'rotary.base', got: base });
    }
    if (offset !== undefined) assertFiniteNumber(FN, 'rotary.offset', offset);
    if ((E / opts.numHeads) % 2 !== 0) {
      failWith(FN, 'code.core.rotaryHeadDim', {
        E,
        numHeads: opts.numHeads,
        headDim: E / opts.numHeads,
      });
    }
  }
  assertObject(FN, 'params', params, '{ ln1Weight, ln1Bias, inProjWeight, ..., fc2Bias }');
  assertRank(FN, 'fc1Weight', params.fc1Weight, 2, '[F, E]');
  const F = params.fc1Weight.shape[0];
  const shapes = transformerBlockShapes(E, F);
  for (const name of Object.keys(shapes) as (keyof TransformerBlockParams)[]) {
    assertShape(FN, name, params[name], shapes[name], layouts[name]);
  }
  assertNoNaN(FN, { x });
}

/** LayerNorm over the last axis with the biased variance, as nn.LayerNorm. */
function layerNorm(x: tf.Tensor, weight: tf.Tensor, bias: tf.Tensor, eps: number): tf.Tensor {
  const { mean, variance } = tf.moments(x, -1, true);
  const normed = tf.div(tf.sub(x, mean), tf.sqrt(tf.add(variance, tf.scalar(eps))));
  return tf.add(tf.mul(normed, weight), bias);
}

/** GELU with erf (PyTorch's default, not the tanh approximation). */
function gelu(x: tf.Tensor): tf.Tensor {
  return tf.mul(
    tf.mul(x, tf.scalar(0.5)),
    tf.add(tf.scalar(1), tf.erf(tf.mul(x, tf.scalar(Math.SQRT1_2)))),
  );
}

/**
 * One Transformer encoder layer, equal to PyTorch nn.TransformerEncoderLayer(E, H, F, dropout=0,
 * activation='gelu', batch_first=True, norm_first=(norm === 'pre')):
 *   pre:  x = x + attention(ln1(x)); x = x + ffn(ln2(x))
 *   post: x = ln1(x + attention(x)); x = ln2(x + ffn(x))
 * with ffn(x) = fc2(gelu(fc1(x))). Returns the per-head attention weights too. Every op has a
 * tfjs gradient, so tf.grads through it gives the parameters' gradients (import
 * '@tensorflow/tfjs-core/dist/register_all_gradients' once in code that trains).
 */
export function transformerBlock(
  x: tf.Tensor,
  params: TransformerBlockParams,
  opts: TransformerBlockOptions,
): { output: tf.Tensor; weights: tf.Tensor } {
  return tf.tidy(() => {
    validate(x, params, opts);
    const p = params;
    const eps = opts.eps ?? 1e-5;
    const attention = (h: tf.Tensor) =>
      attendHeads(
        h,
        h,
        h,
        {
          inProjWeight: p.inProjWeight,
          inProjBias: p.inProjBias,
          outProjWeight: p.outProjWeight,
          outProjBias: p.outProjBias,
        },
        { numHeads: opts.numHeads, causal: opts.causal },
        opts.rotary,
      );
    const ffn = (h: tf.Tensor) =>
      linear(gelu(linear(h, p.fc1Weight, p.fc1Bias)), p.fc2Weight, p.fc2Bias);
    if (opts.norm === 'pre') {
      const sa = attention(layerNorm(x, p.ln1Weight, p.ln1Bias, eps));
      const h = tf.add(x, sa.output);
      const output = tf.add(h, ffn(layerNorm(h, p.ln2Weight, p.ln2Bias, eps)));
      return { output, weights: sa.weights };
    }
    const sa = attention(x);
    const h = layerNorm(tf.add(x, sa.output), p.ln1Weight, p.ln1Bias, eps);
    const output = layerNorm(tf.add(h, ffn(h)), p.ln2Weight, p.ln2Bias, eps);
    return { output, weights: sa.weights };
  });
}
