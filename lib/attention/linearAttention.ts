import * as tf from '@tensorflow/tfjs-core';
import { validateAttention } from './attentionSteps';
import { assertFiniteNumber, assertObject, assertOptionalBoolean, failWith, fmt } from './checks';

export interface LinearAttentionOptions {
  /** Query i sums only keys j <= i (needs L = S), with running (prefix) sums. */
  causal?: boolean;
  /** Added to the denominator. Default 1e-6. */
  eps?: number;
}

const FN = 'linearAttention';

/** phi(x) = elu(x) + 1: positive, so every denominator is above zero. */
function featureMap(x: tf.Tensor): tf.Tensor {
  return tf.add(tf.elu(x), tf.scalar(1));
}

function validateOptions(
  q: tf.Tensor,
  k: tf.Tensor,
  opts: unknown,
): asserts opts is LinearAttentionOptions {
  assertObject(FN, 'opts', opts, '{ causal?, eps? }');
  for (const name of ['mask', 'scale']) {
    if (opts[name] !== undefined) {
      failWith(FN, 'code.core.linearOption', { name, options: '{ causal?, eps? }' });
    }
  }
  assertOptionalBoolean(FN, 'causal', opts.causal);
  if (opts.eps !== undefined) {
    assertFiniteNumber(FN, 'eps', opts.eps);
    if (opts.eps < 0) failWith(FN, 'code.core.nonNegative', { name: 'eps', got: opts.eps });
  }
  const L = q.shape[q.rank - 2];
  const S = k.shape[k.rank - 2];
  if (opts.causal && L !== S) {
    failWith(FN, 'code.core.causalSquare', { qShape: fmt(q.shape), kShape: fmt(k.shape) });
  }
}

/**
 * Linear attention (Katharopoulos et al. 2020): softmax(q k^T) is replaced by the kernel
 * phi(q) phi(k)^T, so the sums over keys can be taken first and reused by every query:
 * out_i = phi(q_i)^T (sum_j phi(k_j) v_j^T) / (phi(q_i)^T sum_j phi(k_j) + eps).
 * Causal: the sums run over j <= i, kept as prefix sums along the sequence (the RNN view), so
 * cost is linear in L and no [L, S] matrix is ever built.
 */
export function linearAttention(
  q: tf.Tensor,
  k: tf.Tensor,
  v: tf.Tensor,
  opts: LinearAttentionOptions = {},
): { output: tf.Tensor } {
  return tf.tidy(() => {
    validateAttention(FN, q, k, v, {});
    validateOptions(q, k, opts);
    const eps = tf.scalar(opts.eps ?? 1e-6);
    const fq = featureMap(q);
    const fk = featureMap(k);
    if (!opts.causal) {
      const kv = tf.matMul(fk, v, true, false); // [..., d, dv]
      const z = tf.sum(fk, -2, true); // [..., 1, d]
      const numerator = tf.matMul(fq, kv); // [..., L, dv]
      const denominator = tf.add(tf.sum(tf.mul(fq, z), -1, true), eps); // [..., L, 1]
      return { output: tf.div(numerator, denominator) };
    }
    // Outer products phi(k_j) v_j^T [..., L, d, dv], summed up to each position. The sums run
    // on [rows, L, d * dv]: WebGPU's cumsum takes at most rank 4.
    const lead = q.shape.slice(0, -2);
    const [L, d] = q.shape.slice(-2);
    const dv = v.shape[v.rank - 1];
    const prefix = (x: tf.Tensor, width: number) => tf.cumsum(tf.reshape(x, [-1, L, width]), 1);
    const outer = tf.mul(tf.expandDims(fk, -1), tf.expandDims(v, -2));
    const kvPrefix = tf.reshape(prefix(outer, d * dv), [...lead, L, d, dv]);
    const zPrefix = tf.reshape(prefix(fk, d), [...lead, L, d]);
    const numerator = tf.sum(tf.mul(tf.expandDims(fq, -1), kvPrefix), -2); // [..., L, dv]
    const denominator = tf.add(tf.sum(tf.mul(fq, zPrefix), -1, true), eps);
    return { output: tf.div(numerator, denominator) };
  });
}
