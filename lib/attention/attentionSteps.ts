import * as tf from '@tensorflow/tfjs-core';
import {
  assertFiniteNumber,
  assertNoNaN,
  assertObject,
  assertOptionalBoolean,
  assertTensor,
  failWith,
  fmt,
  sameShape,
} from './checks';
import { assertMask, causalMask, maskedSoftmax } from './masking';

export interface AttentionOptions {
  /** Bool, broadcastable to [..., L, S]; true = blocked. */
  mask?: tf.Tensor;
  /** Block key j for query i when j > i (top-left aligned when L != S). */
  causal?: boolean;
  /** Multiplies QK^T; defaults to 1/sqrt(d). */
  scale?: number;
}

/** Every intermediate of scaled dot-product attention, for lessons that show each step. */
export type AttentionSteps = {
  scores: tf.Tensor;
  scaled: tf.Tensor;
  masked: tf.Tensor;
  weights: tf.Tensor;
  output: tf.Tensor;
};

function assertAttentionRank(
  fn: string,
  name: string,
  x: unknown,
  layout: string,
): asserts x is tf.Tensor {
  assertTensor(fn, name, x, layout);
  if (x.rank < 2) {
    failWith(fn, 'code.core.rankAtLeast', { name, shape: fmt(x.shape), want: 2, layout });
  }
}

/** Shape, option and NaN checks for the public q/k/v entry points. Call inside tf.tidy. */
export function validateAttention(
  fn: string,
  q: unknown,
  k: unknown,
  v: unknown,
  opts: unknown,
): asserts opts is AttentionOptions {
  assertAttentionRank(fn, 'q', q, '[..., L, d]');
  assertAttentionRank(fn, 'k', k, '[..., S, d]');
  assertAttentionRank(fn, 'v', v, '[..., S, dv]');
  const lead = q.shape.slice(0, -2);
  const d = q.shape[q.rank - 1];
  const L = q.shape[q.rank - 2];
  const S = k.shape[k.rank - 2];
  if (d < 1 || L < 1 || S < 1)
    failWith(fn, 'code.core.emptyAttention', { qShape: fmt(q.shape), kShape: fmt(k.shape) });
  if (k.rank !== q.rank)
    failWith(fn, 'code.core.rankMatch', {
      name: 'k',
      shape: fmt(k.shape),
      want: q.rank,
      other: 'q',
      otherShape: fmt(q.shape),
    });
  if (!sameShape(k.shape.slice(0, -2), lead)) {
    failWith(fn, 'code.core.leadMatch', {
      name: 'k',
      shape: fmt(k.shape),
      want: fmt(lead),
      other: 'q',
      otherShape: fmt(q.shape),
    });
  }
  if (k.shape[k.rank - 1] !== d) {
    failWith(fn, 'code.core.lastDim', {
      name: 'k',
      shape: fmt(k.shape),
      want: d,
      other: 'q',
      otherShape: fmt(q.shape),
    });
  }
  if (v.rank !== q.rank || !sameShape(v.shape.slice(0, -1), k.shape.slice(0, -1))) {
    failWith(fn, 'code.core.shapeMatch', {
      name: 'v',
      shape: fmt(v.shape),
      layout: '[..., S, dv]',
      bound: `[..., S] = ${fmt(k.shape.slice(0, -1))}`,
      other: 'k',
      otherShape: fmt(k.shape),
    });
  }
  assertObject(fn, 'opts', opts, '{ mask?, causal?, scale? }');
  if (opts.mask !== undefined) assertMask(fn, 'mask', opts.mask, [...lead, L, S], '[..., L, S]');
  assertOptionalBoolean(fn, 'causal', opts.causal);
  if (opts.scale !== undefined) assertFiniteNumber(fn, 'scale', opts.scale);
  assertNoNaN(fn, { q, k, v });
}

/** Names the mask sources in the error for a fully blocked row. */
export function blockedByLabel(sources: Record<string, unknown>): string {
  const names = Object.keys(sources).filter(
    (name) => sources[name] !== undefined && sources[name] !== false,
  );
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * The maths shared by attentionSteps, scaledDotProductAttention and multiHeadAttention.
 * Inputs are assumed valid; `mask` and `paddingMask` are bool tensors broadcastable to the
 * scores, combined with the causal mask on the device (a mask computed on the GPU stays there).
 */
export function attend(
  fn: string,
  q: tf.Tensor,
  k: tf.Tensor,
  v: tf.Tensor,
  opts: {
    mask?: tf.Tensor;
    paddingMask?: tf.Tensor;
    causal?: boolean;
    scale?: number;
    blockedBy: string;
  },
): AttentionSteps {
  return tf.tidy(() => {
    const L = q.shape[q.rank - 2];
    const S = k.shape[k.rank - 2];
    const scale = opts.scale ?? 1 / Math.sqrt(q.shape[q.rank - 1]);
    const scores = tf.matMul(q, k, false, true);
    const scaled = tf.mul(scores, tf.scalar(scale));
    const causal = opts.causal ? causalMask(L, S) : undefined;
    const blocked = [opts.mask, opts.paddingMask, causal];
    const { masked, weights } = maskedSoftmax(fn, scaled, blocked, opts.blockedBy);
    const output = tf.matMul(weights, v);
    return { scores, scaled, masked, weights, output };
  });
}

export function attentionSteps(
  q: tf.Tensor,
  k: tf.Tensor,
  v: tf.Tensor,
  opts: AttentionOptions = {},
): AttentionSteps {
  const fn = 'attentionSteps';
  return tf.tidy(() => {
    validateAttention(fn, q, k, v, opts);
    const blockedBy = blockedByLabel({ mask: opts.mask, causal: opts.causal });
    return attend(fn, q, k, v, { ...opts, blockedBy });
  });
}
