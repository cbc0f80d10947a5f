import type * as tfc from '@tensorflow/tfjs-core';

type TF = typeof tfc;

/** Most characters one value prints as, so a huge tensor cannot flood the console. */
const maxValueChars = 4000;

/**
 * Prints a value for the run's console: tensors with dtype and shape, then their values;
 * numbers, arrays and objects readably; long output cut with a note.
 */
export function formatValue(tf: TF, value: unknown): string {
  const text = formatUncut(tf, value);
  return text.length > maxValueChars ? `${text.slice(0, maxValueChars)} … (cut)` : text;
}

function formatUncut(tf: TF, value: unknown): string {
  if (value instanceof tf.Tensor) {
    if (value.isDisposed) return `Tensor ${value.dtype} [${value.shape.join(', ')}] (disposed)`;
    const body = value.toString().replace(/^Tensor\s*\n?/, '');
    return `Tensor ${value.dtype} [${value.shape.join(', ')}]\n${body}`;
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value);
  if (value === undefined || value === null || typeof value !== 'object') return String(value);
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    return `[${Array.from(value as unknown as ArrayLike<number>, formatNumber).join(', ')}]`;
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
