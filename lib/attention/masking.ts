import * as tf from '@tensorflow/tfjs-core';
import { assertTensor, failWith, fmt, type Shape } from './checks';
import { hostValues } from './hostValues';
import { stableSoftmax } from './softmax';

/** NumPy broadcasting, right-aligned: every mask dim is 1 or equals the target dim. */
export function broadcastsTo(shape: Shape, target: Shape): boolean {
  if (shape.length > target.length) return false;
  const offset = target.length - shape.length;
  return shape.every((n, i) => n === 1 || n === target[offset + i]);
}

/** A boolean mask in PyTorch's sense (true = blocked) that broadcasts to `target`. */
export function assertMask(
  fn: string,
  name: string,
  mask: unknown,
  target: Shape,
  layout: string,
): asserts mask is tf.Tensor {
  const expected = `broadcastable to ${layout} = ${fmt(target)} (true = blocked)`;
  assertTensor(fn, name, mask, expected, 'bool');
  if (!broadcastsTo(mask.shape, target)) {
    failWith(fn, 'code.core.maskShape', {
      name,
      shape: fmt(mask.shape),
      layout,
      want: fmt(target),
    });
  }
}

/**
 * True where key j comes after query i (j > i), aligned top-left like PyTorch's is_causal.
 * Built from host values, so checking it never needs a read-back from a GPU backend.
 */
export function causalMask(queries: number, keys: number): tf.Tensor {
  const values = new Uint8Array(queries * keys);
  for (let i = 0; i < queries; i++) for (let j = i + 1; j < keys; j++) values[i * keys + j] = 1;
  return tf.tensor(values, [queries, keys], 'bool');
}

/**
 * A mask's 0/1 values expanded to `shape` by broadcasting, computed on the host; undefined when
 * the mask lives only on the GPU (WebGPU cannot read it back synchronously: see hostValues).
 * Masks usually arrive as the caller's own arrays, whose values every backend still holds.
 */
export function hostMask(mask: tf.Tensor, shape: Shape): Uint8Array | undefined {
  const source = hostValues(mask);
  if (source === undefined) return undefined;
  const out = new Uint8Array(shape.reduce((a, b) => a * b, 1));
  const offset = shape.length - mask.rank;
  // Source strides per target axis; 0 on axes the mask broadcasts along.
  const strides = new Array<number>(shape.length).fill(0);
  for (let axis = mask.rank - 1, stride = 1; axis >= 0; axis--) {
    if (mask.shape[axis] !== 1) strides[axis + offset] = stride;
    stride *= mask.shape[axis];
  }
  const index = new Array<number>(shape.length).fill(0);
  let from = 0;
  for (let i = 0; i < out.length; i++) {
    out[i] = source[from] ? 1 : 0;
    // Advance the target index like an odometer, keeping the source offset in step.
    for (let axis = shape.length - 1; axis >= 0; axis--) {
      index[axis]++;
      from += strides[axis];
      if (index[axis] < shape[axis]) break;
      from -= strides[axis] * shape[axis];
      index[axis] = 0;
    }
  }
  return out;
}

/** The masks that a call combines; absent ones (no mask, no causal) are undefined. */
export type MaskSources = readonly (tf.Tensor | undefined)[];

/**
 * OR of the masks that are present, on the device (tf.logicalOr broadcasts them against each
 * other); undefined when none. Nothing is read back, so a mask computed on the GPU stays there.
 */
export function combineBlocked(masks: MaskSources): tf.Tensor | undefined {
  const present = masks.filter((m): m is tf.Tensor => m !== undefined);
  if (present.length === 0) return undefined;
  return present.reduce((acc, m) => tf.logicalOr(acc, m));
}

/**
 * The OR of the masks as host values of the full `shape`, after checking that every row keeps an
 * open key; undefined when there is no mask, or when a mask lives only on the GPU. That check
 * needs every value, and WebGPU has no synchronous read-back: there a fully blocked row is not
 * caught and its weights come out NaN, as PyTorch's do (the softmax of a row of -Infinity).
 */
export function checkRowsOpen(
  fn: string,
  shape: Shape,
  blockedBy: string,
  masks: MaskSources,
): Uint8Array | undefined {
  const present = masks.filter((m): m is tf.Tensor => m !== undefined);
  if (present.length === 0) return undefined;
  const host = present.map((m) => hostMask(m, shape));
  if (host.some((values) => values === undefined)) return undefined;
  const blocked = (host as Uint8Array[]).reduce((acc, m) => {
    for (let i = 0; i < acc.length; i++) acc[i] |= m[i];
    return acc;
  });
  assertEveryRowOpen(fn, blocked, shape, blockedBy);
  return blocked;
}

function unravel(index: number, shape: Shape): number[] {
  const coords = new Array<number>(shape.length);
  for (let axis = shape.length - 1; axis >= 0; axis--) {
    coords[axis] = index % shape[axis];
    index = Math.floor(index / shape[axis]);
  }
  return coords;
}

/**
 * A row whose keys are all blocked has no defined softmax (PyTorch returns NaN there); we throw
 * instead and say which row, so the learner can fix the mask. Reads one flag per row.
 */
export function assertEveryRowOpen(
  fn: string,
  blocked: Uint8Array,
  shape: Shape,
  blockedBy: string,
) {
  const keys = shape[shape.length - 1];
  for (let row = 0; row * keys < blocked.length; row++) {
    if (blocked.subarray(row * keys, (row + 1) * keys).every((b) => b === 1)) {
      const where = fmt(unravel(row, shape.slice(0, -1)));
      failWith(fn, 'code.core.blockedRow', { blockedBy, row: where, shape: fmt(shape) });
    }
  }
}

/**
 * Blocked logits become -Infinity (not a large negative number) so their weight is exactly 0
 * whatever the scale of the other logits. `blocked` is a bool mask broadcastable to the logits,
 * several such masks (OR'd together on the device), or host 0/1 values of the logits' shape.
 * Rows are checked for an open key wherever the mask's values are on the host (checkRowsOpen).
 * `masked` is always a fresh tensor so callers can hand it out and dispose it independently.
 */
export function maskedSoftmax(
  fn: string,
  logits: tf.Tensor,
  blocked: tf.Tensor | MaskSources | Uint8Array | undefined,
  blockedBy: string,
): { masked: tf.Tensor; weights: tf.Tensor } {
  return tf.tidy(() => {
    let condition: tf.Tensor | undefined;
    if (blocked instanceof Uint8Array) {
      assertEveryRowOpen(fn, blocked, logits.shape, blockedBy);
      condition = tf.tensor(blocked, logits.shape, 'bool');
    } else if (blocked !== undefined) {
      const masks = blocked instanceof tf.Tensor ? [blocked] : blocked;
      checkRowsOpen(fn, logits.shape, blockedBy, masks);
      condition = combineBlocked(masks);
    }
    const masked = condition ? tf.where(condition, tf.scalar(-Infinity), logits) : tf.clone(logits);
    return { masked, weights: stableSoftmax(masked) };
  });
}
