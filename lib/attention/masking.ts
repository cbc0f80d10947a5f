import * as tf from '@tensorflow/tfjs-core';
import { assertTensor, fail, fmt, type Shape } from './checks';
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
    fail(fn, `${name} has shape ${fmt(mask.shape)} but expected a shape ${expected}`);
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
 * A mask's 0/1 values expanded to `shape` by broadcasting, computed on the host. Masks are read,
 * never reduced on the device: WebGPU has no dependable synchronous read-back, and masks
 * usually arrive as the caller's own arrays, whose values tfjs still holds on the host.
 */
export function hostMask(mask: tf.Tensor, shape: Shape): Uint8Array {
  const source = mask.dataSync();
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

/** OR of the masks that are present, as host values of the full `shape`; undefined when none. */
export function combineBlocked(
  shape: Shape,
  ...masks: (tf.Tensor | undefined)[]
): Uint8Array | undefined {
  const present = masks.filter((m): m is tf.Tensor => m !== undefined);
  if (present.length === 0) return undefined;
  return present
    .map((m) => hostMask(m, shape))
    .reduce((acc, m) => {
      for (let i = 0; i < acc.length; i++) acc[i] |= m[i];
      return acc;
    });
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
      fail(
        fn,
        `${blockedBy} blocks every key for row ${where} of weights ${fmt(shape)} ` +
          `but expected at least one unblocked key per row`,
      );
    }
  }
}

/**
 * Blocked logits become -Infinity (not a large negative number) so their weight is exactly 0
 * whatever the scale of the other logits. `masked` is always a fresh tensor so callers can hand it
 * out and dispose it independently of the logits.
 */
export function maskedSoftmax(
  fn: string,
  logits: tf.Tensor,
  blocked: tf.Tensor | Uint8Array | undefined,
  blockedBy: string,
): { masked: tf.Tensor; weights: tf.Tensor } {
  return tf.tidy(() => {
    if (blocked === undefined) {
      const masked = tf.clone(logits);
      return { masked, weights: stableSoftmax(masked) };
    }
    const host = blocked instanceof Uint8Array ? blocked : hostMask(blocked, logits.shape);
    assertEveryRowOpen(fn, host, logits.shape, blockedBy);
    const masked = tf.where(tf.tensor(host, logits.shape, 'bool'), tf.scalar(-Infinity), logits);
    return { masked, weights: stableSoftmax(masked) };
  });
}
