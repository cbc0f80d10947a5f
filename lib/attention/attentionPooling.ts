import * as tf from '@tensorflow/tfjs-core';
import { assertNoNaN, assertObject, assertOptionalShape, assertRank, assertShape } from './checks';
import { linear } from './linear';
import { assertMask, maskedSoftmax } from './masking';

/** A Linear(H, 1) scorer: one logit per time step. */
export interface AttentionPoolingParams {
  weight: tf.Tensor;
  bias?: tf.Tensor;
}

const FN = 'attentionPooling';

function validate(
  hidden: unknown,
  params: unknown,
  opts: unknown,
): asserts params is AttentionPoolingParams {
  assertRank(FN, 'hidden', hidden, 3, '[B, T, H]');
  const [B, T, H] = hidden.shape;
  assertObject(FN, 'params', params, '{ weight, bias? }');
  assertShape(FN, 'weight', params.weight, [1, H], '[1, H]');
  assertOptionalShape(FN, 'bias', params.bias, [1], '[1]');
  assertObject(FN, 'opts', opts, '{ mask? }');
  if (opts.mask !== undefined) assertMask(FN, 'mask', opts.mask, [B, T], '[B, T]');
  assertNoNaN(FN, { hidden, ...params });
}

/** Weighted sum over time with softmax(hidden W^T + b) weights; mask true = padding step. */
export function attentionPooling(
  hidden: tf.Tensor,
  params: AttentionPoolingParams,
  opts: { mask?: tf.Tensor } = {},
): { context: tf.Tensor; weights: tf.Tensor } {
  return tf.tidy(() => {
    validate(hidden, params, opts);
    const scores = tf.squeeze(linear(hidden, params.weight, params.bias), [-1]);
    const { weights } = maskedSoftmax(FN, scores, opts.mask, 'mask');
    // [B, 1, T] x [B, T, H] -> [B, 1, H]: the weighted sum over time as one matMul.
    const context = tf.squeeze(tf.matMul(tf.expandDims(weights, 1), hidden), [1]);
    return { context, weights };
  });
}
