import * as tf from '@tensorflow/tfjs-core';

/**
 * Softmax over the last axis that survives huge logits (subtracting the row max keeps exp() <= 1)
 * and -Infinity entries (exp(-Inf - max) is exactly 0, so blocked keys get weight exactly 0).
 * Rows made only of -Infinity would give 0/0; callers rule those out before calling
 * (see masking.ts), so this never produces NaN from valid input.
 */
export function stableSoftmax(logits: tf.Tensor): tf.Tensor {
  return tf.tidy(() => {
    const shifted = tf.sub(logits, tf.max(logits, -1, true));
    const e = tf.exp(shifted);
    return tf.div(e, tf.sum(e, -1, true));
  });
}
