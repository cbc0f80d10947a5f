import * as tf from '@tensorflow/tfjs-core';
import { hostValues } from './hostValues';

/**
 * Validation helpers shared by every op. Each failure message has the same shape,
 * "<function>: <argument> <what it got> but expected <what it should be>", so a learner
 * reading an error in the playground can tell which call and which argument to fix.
 */

export type Shape = readonly number[];

export function fmt(shape: Shape): string {
  return `[${shape.join(',')}]`;
}

export function fail(fn: string, message: string): never {
  throw new Error(`${fn}: ${message}`);
}

export function sameShape(a: Shape, b: Shape): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

function describe(x: unknown): string {
  if (x === null || x === undefined) return String(x);
  if (Array.isArray(x)) return 'a plain array';
  return `a ${typeof x}`;
}

export function assertObject(
  fn: string,
  name: string,
  x: unknown,
  expected: string,
): asserts x is Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) {
    fail(fn, `${name} is ${describe(x)} but expected an object ${expected}`);
  }
}

/** Float inputs only: int tensors would silently change the maths (integer means, no NaN). */
export function assertTensor(
  fn: string,
  name: string,
  x: unknown,
  layout: string,
  dtype: 'float32' | 'bool' = 'float32',
): asserts x is tf.Tensor {
  if (!(x instanceof tf.Tensor))
    fail(fn, `${name} is ${describe(x)} but expected a tensor ${layout}`);
  if (x.isDisposed) fail(fn, `${name} is a disposed tensor but expected a live tensor ${layout}`);
  if (x.dtype !== dtype) {
    fail(fn, `${name} has dtype ${x.dtype} but expected ${dtype} ${layout}`);
  }
}

export function assertRank(
  fn: string,
  name: string,
  x: unknown,
  rank: number,
  layout: string,
): asserts x is tf.Tensor {
  assertTensor(fn, name, x, layout);
  if (x.rank !== rank) {
    fail(
      fn,
      `${name} has shape ${fmt(x.shape)} (rank ${x.rank}) but expected rank ${rank} ${layout}`,
    );
  }
  if (x.shape.some((n) => n === 0)) {
    fail(fn, `${name} has shape ${fmt(x.shape)} but expected no empty dimension ${layout}`);
  }
}

/** `layout` spells the symbolic shape (e.g. "[3E, E]") so the message says where the numbers come from. */
export function assertShape(
  fn: string,
  name: string,
  x: unknown,
  expected: Shape,
  layout: string,
  dtype: 'float32' | 'bool' = 'float32',
): asserts x is tf.Tensor {
  assertTensor(fn, name, x, `${layout} = ${fmt(expected)}`, dtype);
  if (!sameShape(x.shape, expected)) {
    fail(fn, `${name} has shape ${fmt(x.shape)} but expected ${layout} = ${fmt(expected)}`);
  }
}

export function assertOptionalShape(
  fn: string,
  name: string,
  x: unknown,
  expected: Shape,
  layout: string,
): asserts x is tf.Tensor | undefined {
  if (x !== undefined) assertShape(fn, name, x, expected, layout);
}

export function assertPositiveInt(fn: string, name: string, x: unknown): asserts x is number {
  if (typeof x !== 'number' || !Number.isInteger(x) || x < 1) {
    fail(fn, `${name} is ${String(x)} but expected a positive integer`);
  }
}

export function assertFiniteNumber(fn: string, name: string, x: unknown): asserts x is number {
  if (typeof x !== 'number' || !Number.isFinite(x)) {
    fail(fn, `${name} is ${String(x)} but expected a finite number`);
  }
}

export function assertOptionalBoolean(fn: string, name: string, x: unknown): void {
  if (x !== undefined && typeof x !== 'boolean') {
    fail(fn, `${name} is ${String(x)} but expected true or false`);
  }
}

/**
 * NaN in an input would otherwise flow through softmax and come out as NaN weights that look
 * like a bug in the maths. Scans the values on the host: inputs usually come from the caller's
 * own arrays, which tfjs keeps on the host. Inputs computed on the GPU under WebGPU are not
 * scanned: WebGPU cannot read them back synchronously (see hostValues).
 */
export function assertNoNaN(fn: string, named: Record<string, tf.Tensor | undefined>): void {
  const bad = Object.entries(named)
    .filter(([, t]) => t !== undefined && t.dtype !== 'bool' && t.size > 0)
    .filter(([, t]) => hostValues(t as tf.Tensor)?.some(Number.isNaN))
    .map(([name]) => name);
  if (bad.length > 0) {
    fail(
      fn,
      `${bad.join(', ')} ${bad.length > 1 ? 'contain' : 'contains'} NaN but expected finite numbers`,
    );
  }
}

/** tfjs types shapes as a union of tuples; after a rank check a plain number[] is easier to use. */
export function dims(x: tf.Tensor): number[] {
  return x.shape as number[];
}
