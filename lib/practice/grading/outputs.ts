import type * as tfc from '@tensorflow/tfjs-core';

type TF = typeof tfc;

/** One named result read back to the host; '' names the result of a drill that returns one value. */
export interface HostOutput {
  name: string;
  data: ArrayLike<number>;
  shape: number[];
}

type Leaf = { name: string; tensor: tfc.Tensor } | { name: string; host: HostOutput };

export type ReadOutputs = { ok: true; outputs: HostOutput[] } | { ok: false; kind: string };

/**
 * Reads whatever a function returned into named host arrays, the same way for the reference and
 * the learner: a tensor, a number or a (nested, rectangular) number array is one output; arrays
 * of tensors are named by index ('0', '1'), plain objects by key ('weights', 'confusion.tp').
 * Every tensor found is disposed after reading, whether or not the value had the right form.
 * Reads are asynchronous (`data()`): synchronous reads stall or fail on GPU backends.
 */
export async function readOutputs(tf: TF, value: unknown): Promise<ReadOutputs> {
  const leaves: Leaf[] = [];
  const bad = collect(tf, value, '', leaves);
  try {
    if (bad !== undefined) return { ok: false, kind: bad };
    const outputs: HostOutput[] = [];
    for (const leaf of leaves) {
      if ('host' in leaf) outputs.push(leaf.host);
      else {
        const data = (await leaf.tensor.data()) as ArrayLike<number>;
        outputs.push({ name: leaf.name, data, shape: leaf.tensor.shape.slice() });
      }
    }
    return { ok: true, outputs };
  } finally {
    for (const leaf of leaves) if ('tensor' in leaf) leaf.tensor.dispose();
  }
}

/** Walks the value into `leaves`; returns a description of the first part that is not allowed. */
function collect(tf: TF, value: unknown, path: string, leaves: Leaf[]): string | undefined {
  if (value instanceof tf.Tensor) {
    leaves.push({ name: path, tensor: value });
    return value.dtype === 'string' ? 'string tensor' : undefined;
  }
  const shape = numericShape(value);
  if (shape) {
    leaves.push({ name: path, host: { name: path, data: flatten(value), shape } });
    return undefined;
  }
  const join = (key: string) => (path ? `${path}.${key}` : key);
  let bad: string | undefined;
  if (Array.isArray(value)) {
    value.forEach((item, i) => (bad ??= collect(tf, item, join(String(i)), leaves)));
    return bad;
  }
  if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) bad ??= collect(tf, item, join(key), leaves);
    return bad;
  }
  return kindOf(tf, value);
}

/** The shape of a number or a rectangular nested array of numbers; undefined for anything else. */
function numericShape(value: unknown): number[] | undefined {
  if (typeof value === 'number') return [];
  if (!Array.isArray(value)) return undefined;
  if (value.length === 0) return [0];
  const inner = value.map(numericShape);
  const first = inner[0];
  if (!first || !inner.every((s) => s && s.join() === first.join())) return undefined;
  return [value.length, ...first];
}

function flatten(value: unknown): number[] {
  return Array.isArray(value) ? value.flatMap(flatten) : [value as number];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * A short, language-neutral description of a value's form, for "expected { output, weights },
 * got tensor": the UI puts it in a sentence of its own.
 */
export function kindOf(tf: TF, value: unknown): string {
  if (value === null) return 'null';
  if (value instanceof tf.Tensor) return `tensor [${value.shape.join(', ')}]`;
  if (numericShape(value)) return Array.isArray(value) ? 'number[]' : 'number';
  if (Array.isArray(value)) return `[${value.map((v) => kindOf(tf, v)).join(', ')}]`;
  if (isPlainObject(value)) return `{ ${Object.keys(value).join(', ')} }`;
  if (value instanceof Promise) return 'Promise';
  return typeof value;
}
