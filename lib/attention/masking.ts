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

/** True where key j comes after query i (j > i), aligned top-left like PyTorch's is_causal. */
export function causalMask(queries: number, keys: number): tf.Tensor {
  return tf.tidy(() =>
    tf.greater(
      tf.reshape(tf.range(0, keys, 1, 'int32'), [1, keys]),
      tf.reshape(tf.range(0, queries, 1, 'int32'), [queries, 1]),
    ),
  );
}

/** OR of the masks that are present; undefined when nothing is blocked. */
export function combineBlocked(...masks: (tf.Tensor | undefined)[]): tf.Tensor | undefined {
  const present = masks.filter((m): m is tf.Tensor => m !== undefined);
  if (present.length === 0) return undefined;
  return present.reduce((acc, m) => tf.logicalOr(acc, m));
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
function assertEveryRowOpen(fn: string, blocked: tf.Tensor, shape: Shape, blockedBy: string) {
  const closed = tf.all(tf.broadcastTo(blocked, [...shape]), -1).dataSync();
  const row = closed.indexOf(1);
  if (row >= 0) {
    const where = fmt(unravel(row, shape.slice(0, -1)));
    fail(
      fn,
      `${blockedBy} blocks every key for row ${where} of weights ${fmt(shape)} ` +
        `but expected at least one unblocked key per row`,
    );
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
  blocked: tf.Tensor | undefined,
  blockedBy: string,
): { masked: tf.Tensor; weights: tf.Tensor } {
  return tf.tidy(() => {
    if (blocked === undefined) {
      const masked = tf.clone(logits);
      return { masked, weights: stableSoftmax(masked) };
    }
    assertEveryRowOpen(fn, blocked, logits.shape, blockedBy);
    const masked = tf.where(blocked, tf.scalar(-Infinity), logits);
    return { masked, weights: stableSoftmax(masked) };
  });
}
