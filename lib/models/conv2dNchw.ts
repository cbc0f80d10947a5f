import * as tf from '@tensorflow/tfjs-core';
import { assertRank, assertShape, dims, failWith, fmt } from '@/lib/attention/checks';

/**
 * A PyTorch-style 2-D convolution (nn.Conv2d's forward): x is NCHW, weight is
 * [out, in, kh, kw], zero padding on every side, cross-correlation (no kernel flip).
 * tfjs convolves NHWC with [kh, kw, in, out] filters, so we transpose around the call.
 */
export interface Conv2dNchwOptions {
  /** Zero padding added on each side of H and W (PyTorch's `padding`), default 0. */
  padding?: number;
  /** Step between output positions, default 1. */
  stride?: number;
}

const FN = 'conv2dNchw';

function integerAtLeast(name: string, value: unknown, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    failWith(FN, 'code.core.integerAtLeast', { name, got: String(value), min });
  }
  return value;
}

export function conv2dNchw(
  x: tf.Tensor,
  weight: tf.Tensor,
  bias?: tf.Tensor,
  opts: Conv2dNchwOptions = {},
): tf.Tensor4D {
  assertRank(FN, 'x', x, 4, '[N, C, H, W]');
  assertRank(FN, 'weight', weight, 4, '[out, in, kh, kw]');
  const [, C, H, W] = dims(x);
  const [out, inC, kh, kw] = dims(weight);
  if (inC !== C) {
    failWith(FN, 'code.core.convChannels', { shape: fmt(weight.shape), inC, C });
  }
  if (bias !== undefined) assertShape(FN, 'bias', bias, [out], '[out]');
  const padding = integerAtLeast('padding', opts.padding ?? 0, 0);
  const stride = integerAtLeast('stride', opts.stride ?? 1, 1);
  if (H + 2 * padding < kh || W + 2 * padding < kw) {
    failWith(FN, 'code.core.convTooSmall', { shape: fmt(x.shape), padding, kh, kw });
  }
  return tf.tidy(() => {
    const nhwc = tf.transpose(x, [0, 2, 3, 1]) as tf.Tensor4D;
    const filter = tf.transpose(weight, [2, 3, 1, 0]) as tf.Tensor4D;
    const pad: [[number, number], [number, number], [number, number], [number, number]] = [
      [0, 0],
      [padding, padding],
      [padding, padding],
      [0, 0],
    ];
    let y: tf.Tensor = tf.conv2d(nhwc, filter, stride, pad);
    if (bias) y = tf.add(y, bias);
    return tf.transpose(y, [0, 3, 1, 2]) as tf.Tensor4D;
  });
}
