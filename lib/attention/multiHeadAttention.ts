import * as tf from '@tensorflow/tfjs-core';
import { attend, blockedByLabel } from './attentionSteps';
import {
  assertNoNaN,
  assertObject,
  assertOptionalBoolean,
  assertOptionalShape,
  assertPositiveInt,
  assertRank,
  assertShape,
  dims,
  failWith,
  fmt,
} from './checks';
import { linear } from './linear';
import { rotate, type RotaryEmbeddingOptions } from './rotaryEmbedding';

/** nn.MultiheadAttention's state_dict names, camelCased. */
export interface MultiHeadAttentionParams {
  inProjWeight: tf.Tensor;
  inProjBias?: tf.Tensor;
  outProjWeight: tf.Tensor;
  outProjBias?: tf.Tensor;
}

export interface MultiHeadAttentionOptions {
  numHeads: number;
  causal?: boolean;
  /** [L, S], true = blocked. */
  mask?: tf.Tensor;
  /** [B, S], true = padding key (blocked for every query). */
  keyPaddingMask?: tf.Tensor;
}

const FN = 'multiHeadAttention';

function validate(
  query: unknown,
  key: unknown,
  value: unknown,
  params: unknown,
  opts: unknown,
): asserts params is MultiHeadAttentionParams {
  assertRank(FN, 'query', query, 3, '[B, L, E]');
  assertRank(FN, 'key', key, 3, '[B, S, E]');
  const [B, L, E] = dims(query);
  const S = dims(key)[1];
  if (key.shape[0] !== B || key.shape[2] !== E) {
    failWith(FN, 'code.core.shapeMatch', {
      name: 'key',
      shape: fmt(key.shape),
      layout: '[B, S, E]',
      bound: `B = ${B}, E = ${E}`,
      other: 'query',
      otherShape: fmt(query.shape),
    });
  }
  assertShape(FN, 'value', value, [B, S, E], '[B, S, E] (like key)');
  assertObject(FN, 'opts', opts, '{ numHeads, causal?, mask?, keyPaddingMask? }');
  assertPositiveInt(FN, 'numHeads', opts.numHeads);
  if (E % opts.numHeads !== 0) {
    failWith(FN, 'code.core.divisor', {
      name: 'numHeads',
      got: opts.numHeads,
      E,
      other: 'query',
      otherShape: fmt(query.shape),
    });
  }
  assertOptionalBoolean(FN, 'causal', opts.causal);
  // Exact shapes, as nn.MultiheadAttention requires; true = blocked.
  if (opts.mask !== undefined) assertShape(FN, 'mask', opts.mask, [L, S], '[L, S]', 'bool');
  if (opts.keyPaddingMask !== undefined) {
    assertShape(FN, 'keyPaddingMask', opts.keyPaddingMask, [B, S], '[B, S]', 'bool');
  }
  assertObject(FN, 'params', params, '{ inProjWeight, inProjBias?, outProjWeight, outProjBias? }');
  assertShape(FN, 'inProjWeight', params.inProjWeight, [3 * E, E], '[3E, E]');
  assertOptionalShape(FN, 'inProjBias', params.inProjBias, [3 * E], '[3E]');
  assertShape(FN, 'outProjWeight', params.outProjWeight, [E, E], '[E, E]');
  assertOptionalShape(FN, 'outProjBias', params.outProjBias, [E], '[E]');
  assertNoNaN(FN, { query, key, value, ...params });
}

/**
 * The maths of multiHeadAttention on inputs already validated. transformerBlock calls it with
 * tensors it computed itself, which must not be scanned on the host (a synchronous read-back
 * per call, which WebGPU cannot do dependably).
 */
export function attendHeads(
  query: tf.Tensor,
  key: tf.Tensor,
  value: tf.Tensor,
  params: MultiHeadAttentionParams,
  opts: MultiHeadAttentionOptions,
  rotary?: RotaryEmbeddingOptions,
): { output: tf.Tensor; weights: tf.Tensor } {
  return tf.tidy(() => {
    const [B, L, E] = dims(query);
    const S = dims(key)[1];
    const H = opts.numHeads;
    const headDim = E / H;
    // PyTorch packs the three projections row-wise in one [3E, E] matrix: q rows, then k, then v.
    const [wq, wk, wv] = tf.split(params.inProjWeight, 3, 0);
    const [bq, bk, bv] = params.inProjBias ? tf.split(params.inProjBias, 3, 0) : [];
    const heads = (x: tf.Tensor, len: number) =>
      tf.transpose(tf.reshape(x, [B, len, H, headDim]), [0, 2, 1, 3]);
    let q = heads(linear(query, wq, bq), L);
    let k = heads(linear(key, wk, bk), S);
    // RoPE turns each head's queries and keys by their positions ([B, H, L, d]: rows are
    // positions), so a score depends on how far apart the two tokens are.
    if (rotary) {
      q = rotate(q, rotary.base, rotary.offset);
      k = rotate(k, rotary.base, rotary.offset);
    }
    const v = heads(linear(value, wv, bv), S);
    // Masks are lifted to [B, H, L, S] by broadcasting: mask is shared by batch and heads,
    // keyPaddingMask by heads and queries.
    const mask = opts.mask ? tf.reshape(opts.mask, [1, 1, L, S]) : undefined;
    const padding = opts.keyPaddingMask ? tf.reshape(opts.keyPaddingMask, [B, 1, 1, S]) : undefined;
    const blockedBy = blockedByLabel({ mask, keyPaddingMask: padding, causal: opts.causal });
    const steps = attend(FN, q, k, v, {
      mask,
      paddingMask: padding,
      causal: opts.causal,
      blockedBy,
    });
    const merged = tf.reshape(tf.transpose(steps.output, [0, 2, 1, 3]), [B, L, E]);
    const output = linear(merged, params.outProjWeight, params.outProjBias);
    return { output, weights: steps.weights };
  });
}

/**
 * PyTorch nn.MultiheadAttention (batch_first=True). Returns per-head weights [B, H, L, S]
 * (average_attn_weights=False) because the lessons draw one heatmap per head.
 */
export function multiHeadAttention(
  query: tf.Tensor,
  key: tf.Tensor,
  value: tf.Tensor,
  params: MultiHeadAttentionParams,
  opts: MultiHeadAttentionOptions,
): { output: tf.Tensor; weights: tf.Tensor } {
  return tf.tidy(() => {
    validate(query, key, value, params, opts);
    return attendHeads(query, key, value, params, opts);
  });
}
