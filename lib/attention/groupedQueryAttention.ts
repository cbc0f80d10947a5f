import * as tf from '@tensorflow/tfjs-core';
import {
  assertFiniteNumber,
  assertNoNaN,
  assertObject,
  assertRank,
  dims,
  failWith,
  fmt,
} from './checks';
import { assertMask, maskedSoftmax } from './masking';

export interface GroupedQueryAttentionOptions {
  /** Bool, broadcastable to [B, Hq, L, S]; true = blocked (build causal ones with attentionMask). */
  mask?: tf.Tensor;
  /** Multiplies QK^T; defaults to 1/sqrt(d). */
  scale?: number;
}

const FN = 'groupedQueryAttention';

function validate(
  q: unknown,
  k: unknown,
  v: unknown,
  opts: unknown,
): asserts opts is GroupedQueryAttentionOptions {
  assertRank(FN, 'q', q, 4, '[B, Hq, L, d]');
  assertRank(FN, 'k', k, 4, '[B, Hkv, S, d]');
  assertRank(FN, 'v', v, 4, '[B, Hkv, S, dv]');
  const [B, Hq, L, d] = dims(q);
  const [, Hkv, S] = dims(k);
  if (k.shape[0] !== B || k.shape[3] !== d) {
    failWith(FN, 'code.core.shapeMatch', {
      name: 'k',
      shape: fmt(k.shape),
      layout: '[B, Hkv, S, d]',
      bound: `B = ${B}, d = ${d}`,
      other: 'q',
      otherShape: fmt(q.shape),
    });
  }
  if (v.shape[0] !== B || v.shape[1] !== Hkv || v.shape[2] !== S) {
    failWith(FN, 'code.core.shapeMatch', {
      name: 'v',
      shape: fmt(v.shape),
      layout: '[B, Hkv, S, dv]',
      bound: `[B, Hkv, S] = ${fmt([B, Hkv, S])}`,
      other: 'k',
      otherShape: fmt(k.shape),
    });
  }
  if (Hq % Hkv !== 0) {
    failWith(FN, 'code.core.kvHeads', {
      name: 'k',
      shape: fmt(k.shape),
      Hkv,
      Hq,
      other: 'q',
      otherShape: fmt(q.shape),
    });
  }
  assertObject(FN, 'opts', opts, '{ mask?, scale? }');
  if ('causal' in opts && opts.causal !== undefined) {
    failWith(FN, 'code.core.noCausal', { got: String(opts.causal) });
  }
  if (opts.mask !== undefined) assertMask(FN, 'mask', opts.mask, [B, Hq, L, S], '[B, Hq, L, S]');
  if (opts.scale !== undefined) assertFiniteNumber(FN, 'scale', opts.scale);
  assertNoNaN(FN, { q, k, v });
}

/**
 * Grouped-query attention (Ainslie et al. 2023): Hq query heads share Hkv key/value heads, query
 * head h reading key/value head floor(h / (Hq / Hkv)); Hkv = 1 is multi-query attention.
 * The query heads of a group are stacked as extra rows against their one key/value head, so the
 * keys and values are never copied per query head (the memory GQA exists to save).
 */
export function groupedQueryAttention(
  q: tf.Tensor,
  k: tf.Tensor,
  v: tf.Tensor,
  opts: GroupedQueryAttentionOptions = {},
): { output: tf.Tensor; weights: tf.Tensor } {
  return tf.tidy(() => {
    validate(q, k, v, opts);
    const [B, Hq, L, d] = dims(q);
    const [, Hkv, S] = dims(k);
    const dv = dims(v)[3];
    const group = Hq / Hkv;
    const scale = opts.scale ?? 1 / Math.sqrt(d);
    // [B, Hq, L, d] is [B, Hkv, group, L, d] in memory: head h = kv * group + r.
    const stacked = tf.reshape(q, [B, Hkv, group * L, d]);
    const scores = tf.mul(tf.matMul(stacked, k, false, true), tf.scalar(scale));
    const perHead = tf.reshape(scores, [B, Hq, L, S]);
    const { weights } = maskedSoftmax(FN, perHead, opts.mask, 'mask');
    const output = tf.matMul(tf.reshape(weights, [B, Hkv, group * L, S]), v);
    return { output: tf.reshape(output, [B, Hq, L, dv]), weights };
  });
}
