import * as tf from '@tensorflow/tfjs-core';
import {
  assertNoNaN,
  assertObject,
  assertOptionalShape,
  assertRank,
  assertShape,
  dims,
} from '@/lib/attention/checks';
import { linear } from '@/lib/attention/linear';

/** nn.GRU state_dict names for one layer (weight_ih_l0 -> weightIh, ...). Gate rows: r, z, n. */
export interface GruParams {
  weightIh: tf.Tensor;
  weightHh: tf.Tensor;
  biasIh?: tf.Tensor;
  biasHh?: tf.Tensor;
}

const FN = 'gru';

function validate(x: unknown, params: unknown, opts: unknown): asserts params is GruParams {
  assertRank(FN, 'x', x, 3, '[B, T, I]');
  const [B, , I] = dims(x);
  assertObject(FN, 'params', params, '{ weightIh, weightHh, biasIh?, biasHh? }');
  assertRank(FN, 'weightHh', params.weightHh, 2, '[3H, H]');
  const H = dims(params.weightHh)[1];
  assertShape(FN, 'weightHh', params.weightHh, [3 * H, H], '[3H, H]');
  assertShape(FN, 'weightIh', params.weightIh, [3 * H, I], '[3H, I]');
  assertOptionalShape(FN, 'biasIh', params.biasIh, [3 * H], '[3H]');
  assertOptionalShape(FN, 'biasHh', params.biasHh, [3 * H], '[3H]');
  assertObject(FN, 'opts', opts, '{ h0? }');
  assertOptionalShape(FN, 'h0', opts.h0, [B, H], '[B, H]');
  assertNoNaN(FN, { x, ...params, h0: opts.h0 as tf.Tensor | undefined });
}

/**
 * One-layer, one-direction PyTorch nn.GRU with batch_first=True:
 *   r = sigmoid(W_ir x + b_ir + W_hr h + b_hr)
 *   z = sigmoid(W_iz x + b_iz + W_hz h + b_hz)
 *   n = tanh(W_in x + b_in + r * (W_hn h + b_hn))
 *   h' = (1 - z) * n + z * h
 * x is [B, T, I]; returns output [B, T, H] (every step's state) and h [B, H] (the last one).
 * The initial state is zero unless opts.h0 [B, H] is given.
 */
export function gru(
  x: tf.Tensor,
  params: GruParams,
  opts: { h0?: tf.Tensor } = {},
): { output: tf.Tensor; h: tf.Tensor } {
  return tf.tidy(() => {
    validate(x, params, opts);
    const [B, T] = dims(x);
    const H = dims(params.weightHh)[1];
    // The input side does not depend on the state, so it is projected for all steps at once.
    const inputs = tf.unstack(linear(x, params.weightIh, params.biasIh), 1);
    let h: tf.Tensor = opts.h0 ? tf.clone(opts.h0) : tf.zeros([B, H]);
    const outputs: tf.Tensor[] = [];
    for (let t = 0; t < T; t++) {
      const [xr, xz, xn] = tf.split(inputs[t], 3, 1);
      const [hr, hz, hn] = tf.split(linear(h, params.weightHh, params.biasHh), 3, 1);
      const r = tf.sigmoid(tf.add(xr, hr));
      const z = tf.sigmoid(tf.add(xz, hz));
      // The reset gate scales the recurrent part after its bias, as PyTorch (and cuDNN) do.
      const n = tf.tanh(tf.add(xn, tf.mul(r, hn)));
      h = tf.add(tf.mul(tf.sub(1, z), n), tf.mul(z, h));
      outputs.push(h);
    }
    return { output: tf.stack(outputs, 1), h };
  });
}
