import * as tf from '@tensorflow/tfjs-core';
import {
  assertFiniteNumber,
  assertNoNaN,
  assertObject,
  assertRank,
  assertShape,
  dims,
} from './checks';
import { linear } from './linear';
import { hostMask, maskedSoftmax } from './masking';

/** One GAT head: a bias-free Linear(F, F') and the two halves of the attention vector. */
export interface GraphAttentionParams {
  weight: tf.Tensor;
  attSrc: tf.Tensor;
  attDst: tf.Tensor;
}

const FN = 'graphAttention';

function validate(
  h: unknown,
  adjacency: unknown,
  params: unknown,
  opts: unknown,
): asserts params is GraphAttentionParams {
  assertRank(FN, 'h', h, 2, '[N, F]');
  const [N, F] = dims(h);
  assertShape(FN, 'adjacency', adjacency, [N, N], '[N, N] (true = edge)', 'bool');
  assertObject(FN, 'params', params, '{ weight, attSrc, attDst }');
  assertRank(FN, 'weight', params.weight, 2, "[F', F]");
  const out = dims(params.weight)[0];
  assertShape(FN, 'weight', params.weight, [out, F], "[F', F]");
  assertShape(FN, 'attSrc', params.attSrc, [out], "[F']");
  assertShape(FN, 'attDst', params.attDst, [out], "[F']");
  assertObject(FN, 'opts', opts, '{ negativeSlope? }');
  if (opts.negativeSlope !== undefined) assertFiniteNumber(FN, 'negativeSlope', opts.negativeSlope);
  assertNoNaN(FN, { h, ...params });
}

/**
 * Single-head GAT layer: e_ij = LeakyReLU(attDst . Wh_i + attSrc . Wh_j), softmax over the
 * neighbours j of i. Self-loops are not added: the adjacency is used exactly as given, so a node
 * with no neighbours (an all-false row) is an error rather than a silent NaN.
 */
export function graphAttention(
  h: tf.Tensor,
  adjacency: tf.Tensor,
  params: GraphAttentionParams,
  opts: { negativeSlope?: number } = {},
): { output: tf.Tensor; weights: tf.Tensor } {
  return tf.tidy(() => {
    validate(h, adjacency, params, opts);
    const wh = linear(h, params.weight);
    const out = dims(params.weight)[0];
    const dst = tf.matMul(wh, tf.reshape(params.attDst, [out, 1])); // [N, 1]: the listener i
    const src = tf.reshape(tf.matMul(wh, tf.reshape(params.attSrc, [out, 1])), [1, -1]); // [1, N]: j
    const logits = tf.leakyRelu(tf.add(dst, src), opts.negativeSlope ?? 0.2);
    // Non-edges are blocked: on the host when the adjacency's values are there (so a node with
    // no neighbour is reported), else on the device (see checkRowsOpen).
    const edges = hostMask(adjacency, adjacency.shape);
    const { weights } = maskedSoftmax(
      FN,
      logits,
      edges ? edges.map((edge) => 1 - edge) : tf.logicalNot(adjacency),
      'adjacency (no true entry, so no neighbour)',
    );
    return { output: tf.matMul(weights, wh), weights };
  });
}
