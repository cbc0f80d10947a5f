import * as tf from '@tensorflow/tfjs-core';
import {
  assertNoNaN,
  dims,
  assertObject,
  assertOptionalBoolean,
  assertOptionalShape,
  assertRank,
  assertShape,
  failWith,
} from './checks';
import { linear } from './linear';

/** nn.LSTM state_dict names for one layer (weight_ih_l0 -> weightIh, ..._reverse -> ...Reverse). */
export interface LstmParams {
  weightIh: tf.Tensor;
  weightHh: tf.Tensor;
  biasIh?: tf.Tensor;
  biasHh?: tf.Tensor;
  weightIhReverse?: tf.Tensor;
  weightHhReverse?: tf.Tensor;
  biasIhReverse?: tf.Tensor;
  biasHhReverse?: tf.Tensor;
}

interface Direction {
  weightIh: tf.Tensor;
  weightHh: tf.Tensor;
  biasIh?: tf.Tensor;
  biasHh?: tf.Tensor;
}

const FN = 'lstm';

function validate(x: unknown, params: unknown, opts: unknown): asserts params is LstmParams {
  assertRank(FN, 'x', x, 3, '[B, T, I]');
  const I = dims(x)[2];
  assertObject(FN, 'params', params, '{ weightIh, weightHh, biasIh?, biasHh?, ... }');
  assertRank(FN, 'weightHh', params.weightHh, 2, '[4H, H]');
  const H = dims(params.weightHh)[1];
  assertObject(FN, 'opts', opts, '{ bidirectional? }');
  assertOptionalBoolean(FN, 'bidirectional', opts.bidirectional);
  const suffixes = opts.bidirectional ? ['', 'Reverse'] : [''];
  for (const suffix of suffixes) {
    const why = suffix ? ' (bidirectional)' : '';
    assertShape(FN, `weightIh${suffix}`, params[`weightIh${suffix}`], [4 * H, I], `[4H, I]${why}`);
    assertShape(FN, `weightHh${suffix}`, params[`weightHh${suffix}`], [4 * H, H], `[4H, H]${why}`);
    assertOptionalShape(FN, `biasIh${suffix}`, params[`biasIh${suffix}`], [4 * H], '[4H]');
    assertOptionalShape(FN, `biasHh${suffix}`, params[`biasHh${suffix}`], [4 * H], '[4H]');
  }
  // Reverse weights without bidirectional usually mean a state_dict from a bidirectional model.
  if (!opts.bidirectional && params.weightIhReverse !== undefined) {
    failWith(FN, 'code.core.lstmReverse', { got: String(opts.bidirectional) });
  }
  assertNoNaN(FN, { x, ...params });
}

/** Runs one direction; outputs are stored at their original time index even when reversed. */
function runDirection(x: tf.Tensor, p: Direction, reverse: boolean) {
  const [B, T] = dims(x);
  const H = dims(p.weightHh)[1];
  // The input projection does not depend on the state, so it is done for all steps at once.
  const inputs = tf.unstack(linear(x, p.weightIh, p.biasIh), 1);
  let h: tf.Tensor = tf.zeros([B, H]);
  let c: tf.Tensor = tf.zeros([B, H]);
  const outputs = new Array<tf.Tensor>(T);
  for (let step = 0; step < T; step++) {
    const t = reverse ? T - 1 - step : step;
    // PyTorch stacks the gate rows as input, forget, cell (g), output.
    const gates = tf.add(inputs[t], linear(h, p.weightHh, p.biasHh));
    const [i, f, g, o] = tf.split(gates, 4, 1);
    c = tf.add(tf.mul(tf.sigmoid(f), c), tf.mul(tf.sigmoid(i), tf.tanh(g)));
    h = tf.mul(tf.sigmoid(o), tf.tanh(c));
    outputs[t] = h;
  }
  return { output: tf.stack(outputs, 1), h, c };
}

/**
 * One-layer PyTorch nn.LSTM, batch_first, zero initial state. Bidirectional output is
 * [forward; reverse] on the feature axis and h, c are [B, direction, H] (batch first,
 * unlike PyTorch's [direction, B, H]) so every returned tensor leads with the batch.
 */
export function lstm(
  x: tf.Tensor,
  params: LstmParams,
  opts: { bidirectional?: boolean } = {},
): { output: tf.Tensor; h: tf.Tensor; c: tf.Tensor } {
  return tf.tidy(() => {
    validate(x, params, opts);
    const forward = runDirection(x, params, false);
    if (!opts.bidirectional) return forward;
    // validate() has required the Reverse weights once bidirectional is true.
    const backward = runDirection(
      x,
      {
        weightIh: params.weightIhReverse!,
        weightHh: params.weightHhReverse!,
        biasIh: params.biasIhReverse,
        biasHh: params.biasHhReverse,
      },
      true,
    );
    return {
      output: tf.concat([forward.output, backward.output], 2),
      h: tf.stack([forward.h, backward.h], 1),
      c: tf.stack([forward.c, backward.c], 1),
    };
  });
}
