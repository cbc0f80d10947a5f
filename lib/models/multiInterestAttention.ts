import * as tf from '@tensorflow/tfjs-core';
import {
  assertFiniteNumber,
  assertNoNaN,
  assertObject,
  assertRank,
  assertShape,
  dims,
} from '@/lib/attention/checks';
import { linear } from '@/lib/attention/linear';
import { assertMask, maskedSoftmax } from '@/lib/attention/masking';
import { stableSoftmax } from '@/lib/attention/softmax';

/** Self-attentive multi-interest extractor: w1 is Linear(d, da) and w2 Linear(da, K), no biases. */
export interface MultiInterestParams {
  w1: tf.Tensor;
  w2: tf.Tensor;
}

export interface MultiInterestResult {
  /** [B, K, T]: for each interest, a softmax over the behaviour sequence. */
  interestWeights: tf.Tensor;
  /** [B, K, d]: one vector per interest, the weighted average of the items it attends to. */
  interests: tf.Tensor;
  /** [B, K]: how much the candidate item draws on each interest (softmax over K). */
  candidateWeights: tf.Tensor;
  /** [B, d]: the candidate-aware user vector. */
  user: tf.Tensor;
  /** [B]: user . candidate, the ranking score. */
  score: tf.Tensor;
}

const FN = 'multiInterestAttention';

function validate(
  history: unknown,
  candidate: unknown,
  params: unknown,
  opts: unknown,
): asserts params is MultiInterestParams {
  assertRank(FN, 'history', history, 3, '[B, T, d]');
  const [B, T, d] = dims(history);
  assertShape(FN, 'candidate', candidate, [B, d], '[B, d] (one candidate item per user)');
  assertObject(FN, 'params', params, '{ w1, w2 }');
  assertRank(FN, 'w1', params.w1, 2, '[da, d]');
  const da = dims(params.w1)[0];
  assertShape(FN, 'w1', params.w1, [da, d], '[da, d]');
  assertRank(FN, 'w2', params.w2, 2, '[K, da]');
  assertShape(FN, 'w2', params.w2, [dims(params.w2)[0], da], '[K, da]');
  assertObject(FN, 'opts', opts, '{ mask?, temperature? }');
  if (opts.mask !== undefined) assertMask(FN, 'mask', opts.mask, [B, T], '[B, T]');
  if (opts.temperature !== undefined) assertFiniteNumber(FN, 'temperature', opts.temperature);
  assertNoNaN(FN, { history, candidate, ...params });
}

/**
 * A multi-interest user model (self-attentive extraction as in ComiRec-SA, label-aware attention
 * as in MIND). K interest heads each attend over the T items of the behaviour sequence:
 *   A = softmax_T( w2 tanh(w1 h_t) )            interestWeights [B, K, T]
 *   v_k = sum_t A_kt h_t                        interests [B, K, d]
 * then the candidate item e picks among the interests:
 *   b = softmax_K( temperature * v_k . e )      candidateWeights [B, K]
 *   u = sum_k b_k v_k,  score = u . e
 * opts.mask [B, T] (true = padding) keeps padded steps out of every interest.
 * temperature (default 1) sharpens the choice; a large value picks the single best interest.
 */
export function multiInterestAttention(
  history: tf.Tensor,
  candidate: tf.Tensor,
  params: MultiInterestParams,
  opts: { mask?: tf.Tensor; temperature?: number } = {},
): MultiInterestResult {
  return tf.tidy(() => {
    validate(history, candidate, params, opts);
    const [B, T] = dims(history);
    // [B, T, K] -> [B, K, T]: one row of scores per interest head.
    const scores = tf.transpose(linear(tf.tanh(linear(history, params.w1)), params.w2), [0, 2, 1]);
    const blocked = opts.mask ? tf.reshape(opts.mask, [B, 1, T]) : undefined;
    const { weights: interestWeights } = maskedSoftmax(FN, scores, blocked, 'mask');
    const interests = tf.matMul(interestWeights, history);
    const match = tf.squeeze(tf.matMul(interests, tf.expandDims(candidate, 2)), [2]); // [B, K]
    const candidateWeights = stableSoftmax(tf.mul(match, opts.temperature ?? 1));
    const user = tf.squeeze(tf.matMul(tf.expandDims(candidateWeights, 1), interests), [1]);
    const score = tf.sum(tf.mul(user, candidate), 1);
    return { interestWeights, interests, candidateWeights, user, score };
  });
}
