import * as tf from '@tensorflow/tfjs-core';
import {
  assertNoNaN,
  dims,
  assertObject,
  assertOptionalShape,
  assertRank,
  assertShape,
} from './checks';
import { linear } from './linear';

/** Two nn.Linear layers: C -> C/r -> C. */
export interface ChannelAttentionParams {
  fc1Weight: tf.Tensor;
  fc1Bias?: tf.Tensor;
  fc2Weight: tf.Tensor;
  fc2Bias?: tf.Tensor;
}

const FN = 'channelAttention';

function validate(x: unknown, params: unknown): asserts params is ChannelAttentionParams {
  assertRank(FN, 'x', x, 4, '[N, C, H, W]');
  const C = dims(x)[1];
  assertObject(FN, 'params', params, '{ fc1Weight, fc1Bias?, fc2Weight, fc2Bias? }');
  assertRank(FN, 'fc1Weight', params.fc1Weight, 2, '[C/r, C]');
  const R = dims(params.fc1Weight)[0];
  assertShape(FN, 'fc1Weight', params.fc1Weight, [R, C], '[C/r, C]');
  assertOptionalShape(FN, 'fc1Bias', params.fc1Bias, [R], '[C/r]');
  assertShape(FN, 'fc2Weight', params.fc2Weight, [C, R], '[C, C/r]');
  assertOptionalShape(FN, 'fc2Bias', params.fc2Bias, [C], '[C]');
  assertNoNaN(FN, { x, ...params });
}

/** Squeeze-and-excitation: global average pool, fc, relu, fc, sigmoid, rescale channels. */
export function channelAttention(
  x: tf.Tensor,
  params: ChannelAttentionParams,
): { output: tf.Tensor; weights: tf.Tensor } {
  return tf.tidy(() => {
    validate(x, params);
    const [N, C] = x.shape;
    const squeezed = tf.mean(x, [2, 3]);
    const hidden = tf.relu(linear(squeezed, params.fc1Weight, params.fc1Bias));
    const weights = tf.sigmoid(linear(hidden, params.fc2Weight, params.fc2Bias));
    return { output: tf.mul(x, tf.reshape(weights, [N, C, 1, 1])), weights };
  });
}
