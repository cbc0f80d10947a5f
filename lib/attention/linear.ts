import * as tf from '@tensorflow/tfjs-core';

/**
 * PyTorch nn.Linear: y = x W^T + b with W stored [out, in], so state_dicts load unchanged.
 * x may have any number of leading dims; they are flattened so one 2-D matMul does the work
 * on every backend (batched matMul broadcasting differs between backends).
 * Callers validate shapes, because only they know the argument names to report.
 */
export function linear(x: tf.Tensor, weight: tf.Tensor, bias?: tf.Tensor): tf.Tensor {
  return tf.tidy(() => {
    const inFeatures = x.shape[x.rank - 1];
    const lead = x.shape.slice(0, -1);
    const flat = tf.reshape(x, [-1, inFeatures]);
    const y = tf.matMul(flat, weight, false, true);
    const withBias = bias ? tf.add(y, bias) : y;
    return tf.reshape(withBias, [...lead, weight.shape[0]]);
  });
}
