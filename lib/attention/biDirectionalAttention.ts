import * as tf from '@tensorflow/tfjs-core';
import { assertNoNaN, assertObject, assertRank, assertShape, dims, failWith, fmt } from './checks';
import { stableSoftmax } from './softmax';

/** The trilinear similarity weight w = [w_c; w_q; w_cq], each of length d. */
export interface BiDirectionalAttentionParams {
  weight: tf.Tensor;
}

export interface BiDirectionalAttentionResult {
  similarity: tf.Tensor;
  c2qWeights: tf.Tensor;
  q2cWeights: tf.Tensor;
  c2q: tf.Tensor;
  q2c: tf.Tensor;
  g: tf.Tensor;
}

const FN = 'biDirectionalAttention';

function validate(
  context: unknown,
  query: unknown,
  params: unknown,
): asserts params is BiDirectionalAttentionParams {
  assertRank(FN, 'context', context, 3, '[B, T, d]');
  assertRank(FN, 'query', query, 3, '[B, J, d]');
  const [B, , d] = dims(context);
  if (query.shape[0] !== B || query.shape[2] !== d) {
    failWith(FN, 'code.core.shapeMatch', {
      name: 'query',
      shape: fmt(query.shape),
      layout: '[B, J, d]',
      bound: `B = ${B}, d = ${d}`,
      other: 'context',
      otherShape: fmt(context.shape),
    });
  }
  assertObject(FN, 'params', params, '{ weight }');
  assertShape(FN, 'weight', params.weight, [3 * d], '[3d]');
  assertNoNaN(FN, { context, query, ...params });
}

/** BiDAF attention flow layer (Seo et al. 2017), without masks. */
export function biDirectionalAttention(
  context: tf.Tensor,
  query: tf.Tensor,
  params: BiDirectionalAttentionParams,
): BiDirectionalAttentionResult {
  return tf.tidy(() => {
    validate(context, query, params);
    const [, T, d] = dims(context);
    const [wc, wq, wcq] = tf.split(tf.reshape(params.weight, [3 * d, 1]), 3, 0);
    // w . [c; q; c*q] splits into three terms, so the [B, T, J, 3d] tensor is never built.
    const fromContext = tf.matMul(context, wc); // [B, T, 1]
    const fromQuery = tf.transpose(tf.matMul(query, wq), [0, 2, 1]); // [B, 1, J]
    const cross = tf.matMul(tf.mul(context, tf.reshape(wcq, [d])), query, false, true); // [B, T, J]
    const similarity = tf.add(tf.add(cross, fromContext), fromQuery);
    const c2qWeights = stableSoftmax(similarity);
    const c2q = tf.matMul(c2qWeights, query);
    const q2cWeights = stableSoftmax(tf.max(similarity, -1));
    const attended = tf.matMul(tf.expandDims(q2cWeights, 1), context); // [B, 1, d]
    const q2c = tf.tile(attended, [1, T, 1]);
    const g = tf.concat([context, c2q, tf.mul(context, c2q), tf.mul(context, q2c)], -1);
    return { similarity, c2qWeights, q2cWeights, c2q, q2c, g };
  });
}
