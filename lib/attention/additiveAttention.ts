import * as tf from '@tensorflow/tfjs-core';
import { assertNoNaN, assertObject, assertRank, assertShape, failWith, fmt } from './checks';
import { linear } from './linear';
import { assertMask, maskedSoftmax } from './masking';

/** Bahdanau scoring parameters, Linear layouts without biases. */
export interface AdditiveAttentionParams {
  wq: tf.Tensor;
  wk: tf.Tensor;
  v: tf.Tensor;
}

const FN = 'additiveAttention';

function validate(
  query: unknown,
  keys: unknown,
  values: unknown,
  params: unknown,
  opts: unknown,
): asserts params is AdditiveAttentionParams {
  assertRank(FN, 'query', query, 3, '[B, L, dq]');
  assertRank(FN, 'keys', keys, 3, '[B, S, dk]');
  assertRank(FN, 'values', values, 3, '[B, S, dv]');
  const [B, L, dq] = query.shape;
  const [, S, dk] = keys.shape;
  if (keys.shape[0] !== B)
    failWith(FN, 'code.core.batchMatch', {
      name: 'keys',
      shape: fmt(keys.shape),
      B,
      other: 'query',
      otherShape: fmt(query.shape),
    });
  if (values.shape[0] !== B || values.shape[1] !== S) {
    failWith(FN, 'code.core.shapeMatch', {
      name: 'values',
      shape: fmt(values.shape),
      layout: '[B, S, dv]',
      bound: `B = ${B}, S = ${S}`,
      other: 'keys',
      otherShape: fmt(keys.shape),
    });
  }
  assertObject(FN, 'params', params, '{ wq, wk, v }');
  assertRank(FN, 'v', params.v, 1, '[h]');
  const h = params.v.shape[0];
  assertShape(FN, 'wq', params.wq, [h, dq], '[h, dq]');
  assertShape(FN, 'wk', params.wk, [h, dk], '[h, dk]');
  assertObject(FN, 'opts', opts, '{ mask? }');
  if (opts.mask !== undefined) assertMask(FN, 'mask', opts.mask, [B, L, S], '[B, L, S]');
  assertNoNaN(FN, { query, keys, values, ...params });
}

/** Bahdanau attention: score_ij = v . tanh(Wq q_i + Wk k_j), softmax over keys j. */
export function additiveAttention(
  query: tf.Tensor,
  keys: tf.Tensor,
  values: tf.Tensor,
  params: AdditiveAttentionParams,
  opts: { mask?: tf.Tensor } = {},
): { output: tf.Tensor; weights: tf.Tensor } {
  return tf.tidy(() => {
    validate(query, keys, values, params, opts);
    const h = params.v.shape[0];
    // [B, L, 1, h] + [B, 1, S, h] pairs every query with every key in one broadcast add.
    const q = tf.expandDims(linear(query, params.wq), 2);
    const k = tf.expandDims(linear(keys, params.wk), 1);
    const hidden = tf.tanh(tf.add(q, k));
    const scores = tf.squeeze(linear(hidden, tf.reshape(params.v, [1, h])), [-1]);
    const { weights } = maskedSoftmax(FN, scores, opts.mask, 'mask');
    return { output: tf.matMul(weights, values), weights };
  });
}
