import type * as tfc from '@tensorflow/tfjs-core';
import type { Nested } from './deferredReads';

type TF = typeof tfc;

/** Most characters one value prints as, so a huge tensor cannot flood the console. */
const maxValueChars = 4000;
/**
 * Tensors with more values than this print only their first ones: reading a million values
 * back as nested arrays, to cut the text afterwards, would stall the worker for nothing.
 */
export const maxPrintedValues = 1000;

/**
 * Prints a value for the run's console: tensors with dtype and shape, then their values;
 * numbers, arrays and objects readably; long output cut with a note.
 */
export function formatValue(tf: TF, value: unknown): string {
  return cutText(formatUncut(tf, value));
}

/** Cuts text longer than one value may print as, saying so. */
export function cutText(text: string): string {
  return text.length > maxValueChars ? `${text.slice(0, maxValueChars)} … (cut)` : text;
}

function formatUncut(tf: TF, value: unknown): string {
  if (value instanceof tf.Tensor) {
    // Live tensors are printed by the caller once their values are read (see DeferredReads).
    return `Tensor ${value.dtype} [${value.shape.join(', ')}]${value.isDisposed ? ' (disposed)' : ''}`;
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value);
  if (value === undefined || value === null || typeof value !== 'object') return String(value);
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const all = value as unknown as ArrayLike<number> & { subarray(a: number, b: number): unknown };
    const head = Array.from(all.subarray(0, maxPrintedValues) as ArrayLike<number>, formatNumber);
    return `[${head.join(', ')}${all.length > maxPrintedValues ? ', …' : ''}]`;
  }
  try {
    return JSON.stringify(value, (_key, v: unknown) => {
      if (v instanceof tf.Tensor) return `Tensor ${v.dtype} [${v.shape.join(', ')}]`;
      if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
      return v;
    });
  } catch {
    return Object.prototype.toString.call(value);
  }
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(6)));
}

/** A tensor's header and values, nested rows one per line: `Tensor float32 [2, 2]\n[[1, 2],\n [3, 4]]`. */
export function formatTensor(dtype: string, shape: number[], values: Nested): string {
  return cutText(`Tensor ${dtype} [${shape.join(', ')}]\n${formatNested(values, 0)}`);
}

function formatNested(values: Nested, depth: number): string {
  if (!Array.isArray(values)) return formatNumber(values);
  const inner = values.map((v) => formatNested(v, depth + 1));
  const nestedRows = Array.isArray(values[0]);
  return `[${inner.join(nestedRows ? `,\n${' '.repeat(depth + 1)}` : ', ')}]`;
}

/** The first values of a tensor too big to print whole, flat, with how many there are. */
export function formatTensorHead(
  dtype: string,
  shape: number[],
  head: number[],
  size: number,
): string {
  return cutText(
    `Tensor ${dtype} [${shape.join(', ')}]\n[${head.map(formatNumber).join(', ')}, …] (first ${head.length} of ${size.toLocaleString('en-US')} values)`,
  );
}
