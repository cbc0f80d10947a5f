import * as tf from '@tensorflow/tfjs-core';

/**
 * Softmax over the last axis that survives huge logits (subtracting the row max keeps exp() <= 1)
 * and -Infinity entries (exp(-Inf - max) is exactly 0, so blocked keys get weight exactly 0).
 * Rows made only of -Infinity give 0/0 = NaN, as PyTorch's do; callers rule those out before
 * calling wherever the mask's values are on the host (see checkRowsOpen in masking.ts).
 */
export function stableSoftmax(logits: tf.Tensor): tf.Tensor {
  return tf.tidy(() => {
    const shifted = tf.sub(logits, tf.max(logits, -1, true));
    const e = tf.exp(shifted);
    return tf.div(e, tf.sum(e, -1, true));
  });
}
