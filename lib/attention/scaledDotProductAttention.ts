import * as tf from '@tensorflow/tfjs-core';
import { attend, blockedByLabel, validateAttention, type AttentionOptions } from './attentionSteps';

/** softmax(q k^T * scale, masked) v over the last two axes; any number of leading dims. */
export function scaledDotProductAttention(
  q: tf.Tensor,
  k: tf.Tensor,
  v: tf.Tensor,
  opts: AttentionOptions = {},
): { output: tf.Tensor; weights: tf.Tensor } {
  const fn = 'scaledDotProductAttention';
  return tf.tidy(() => {
    validateAttention(fn, q, k, v, opts);
    const blockedBy = blockedByLabel({ mask: opts.mask, causal: opts.causal });
    // The intermediates (scores, scaled, masked) are disposed by tidy when we return only two.
    const { output, weights } = attend(fn, q, k, v, { ...opts, blockedBy });
    return { output, weights };
  });
}
