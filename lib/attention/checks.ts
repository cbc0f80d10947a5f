import * as tf from '@tensorflow/tfjs-core';
import { CodedError, type CodedMessage, type MessageParam } from '@/lib/i18n/codedMessages';
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

/**
 * What the core throws on a bad argument: a code and its parameters, which the page words in its
 * own language, and the English text as `message` for the learner's console and for tests.
 */
export class AttentionError extends CodedError {
  constructor(coded: CodedMessage) {
    super(coded);
  }
}

/** Throws a coded error; `fn` is the function whose argument was wrong. */
export function failWith(
  fn: string,
  code: CodedMessage['code'],
  params: Record<string, MessageParam> = {},
): never {
  throw new AttentionError({ code, params: { fn, ...params } });
}

/**
 * Runs a check written for another function (`allocateBudgetShares` validating for
 * `simulateBudgetAllocation`) and names `fn` in its error, so the learner sees the call they made.
 */
export function asCaller<T>(fn: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof AttentionError) {
      throw new AttentionError({ ...error.coded, params: { ...error.coded.params, fn } });
    }
    throw error;
  }
}

export function sameShape(a: Shape, b: Shape): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

/** What a wrong argument is, worded by the page: "a plain array", "a number", "undefined". */
export function describeValue(x: unknown): MessageParam {
  if (x === null || x === undefined) return String(x);
  if (Array.isArray(x)) return { code: 'code.core.got.plainArray' };
  return { code: 'code.core.got.type', params: { type: typeof x } };
}

export function assertObject(
  fn: string,
  name: string,
  x: unknown,
  expected: string,
): asserts x is Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) {
    failWith(fn, 'code.core.notObject', { name, got: describeValue(x), expected });
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
    failWith(fn, 'code.core.notTensor', { name, got: describeValue(x), layout });
  if (x.isDisposed) failWith(fn, 'code.core.disposed', { name, layout });
  if (x.dtype !== dtype) {
    failWith(fn, 'code.core.dtype', { name, dtype: x.dtype, want: dtype, layout });
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
    failWith(fn, 'code.core.rank', {
      name,
      shape: fmt(x.shape),
      rank: x.rank,
      want: rank,
      layout,
    });
  }
  if (x.shape.some((n) => n === 0)) {
    failWith(fn, 'code.core.emptyDim', { name, shape: fmt(x.shape), layout });
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
    failWith(fn, 'code.core.shape', { name, shape: fmt(x.shape), layout, want: fmt(expected) });
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
    failWith(fn, 'code.core.positiveInt', { name, got: String(x) });
  }
}

export function assertFiniteNumber(fn: string, name: string, x: unknown): asserts x is number {
  if (typeof x !== 'number' || !Number.isFinite(x)) {
    failWith(fn, 'code.core.finite', { name, got: String(x) });
  }
}

export function assertOptionalBoolean(fn: string, name: string, x: unknown): void {
  if (x !== undefined && typeof x !== 'boolean') {
    failWith(fn, 'code.core.boolean', { name, got: String(x) });
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
    failWith(fn, bad.length > 1 ? 'code.core.nanMany' : 'code.core.nan', { names: bad.join(', ') });
  }
}

/** tfjs types shapes as a union of tuples; after a rank check a plain number[] is easier to use. */
export function dims(x: tf.Tensor): number[] {
  return x.shape as number[];
}
