import * as tf from '@tensorflow/tfjs-core';
import {
  assertNoNaN,
  assertObject,
  assertOptionalShape,
  assertPositiveInt,
  assertRank,
  assertShape,
  failWith,
} from './checks';

/** nn.Conv2d(2, 1, k) weights, [out, in, kh, kw]. */
export interface SpatialAttentionParams {
  weight: tf.Tensor;
  bias?: tf.Tensor;
}

const FN = 'spatialAttention';

function validate(
  x: unknown,
  params: unknown,
  opts: unknown,
): asserts params is SpatialAttentionParams {
  assertRank(FN, 'x', x, 4, '[N, C, H, W]');
  assertObject(FN, 'opts', opts, '{ kernelSize }');
  const k = opts.kernelSize;
  assertPositiveInt(FN, 'kernelSize', k);
  // An even kernel cannot be centred with symmetric padding k/2, so output size would change.
  if (k % 2 === 0) failWith(FN, 'code.core.oddKernel', { name: 'kernelSize', got: k });
  assertObject(FN, 'params', params, '{ weight, bias? }');
  assertShape(FN, 'weight', params.weight, [1, 2, k, k], '[1, 2, k, k]');
  assertOptionalShape(FN, 'bias', params.bias, [1], '[1]');
  assertNoNaN(FN, { x, ...params });
}

/**
 * CBAM spatial attention: a k x k conv over the [mean over C, max over C] maps, then sigmoid,
 * scaling every channel of each pixel by the same weight. Layouts are NCHW like PyTorch; tfjs
 * convolves NHWC, so we transpose around the conv.
 */
export function spatialAttention(
  x: tf.Tensor,
  params: SpatialAttentionParams,
  opts: { kernelSize: number },
): { output: tf.Tensor; weights: tf.Tensor } {
  return tf.tidy(() => {
    validate(x, params, opts);
    const pad = (opts.kernelSize - 1) / 2;
    const pooled = tf.concat([tf.mean(x, 1, true), tf.max(x, 1, true)], 1);
    const nhwc = tf.transpose(pooled, [0, 2, 3, 1]) as tf.Tensor4D;
    // [out, in, kh, kw] -> [kh, kw, in, out]; both frameworks cross-correlate, so no flip.
    const filter = tf.transpose(params.weight, [2, 3, 1, 0]) as tf.Tensor4D;
    const padding: [[number, number], [number, number], [number, number], [number, number]] = [
      [0, 0],
      [pad, pad],
      [pad, pad],
      [0, 0],
    ];
    let logits: tf.Tensor = tf.conv2d(nhwc, filter, 1, padding);
    if (params.bias) logits = tf.add(logits, params.bias);
    const weights = tf.sigmoid(tf.transpose(logits, [0, 3, 1, 2]));
    return { output: tf.mul(x, weights), weights };
  });
}
