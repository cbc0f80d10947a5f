import type * as tfc from '@tensorflow/tfjs-core';
import { CodedError } from '@/lib/i18n/codedMessages';

type TF = typeof tfc;

/**
 * Most values one tensor may hold in the sandbox: 2^25, 128 MB as float32, which is also
 * WebGPU's default largest storage binding. The lessons need a few thousand. A 20000 x 20000
 * tensor (1.6 GB) would stall or crash the worker, lose the GPU device, or, if the browser's
 * memory runs out, take the tab down with it.
 */
export const maxTensorValues = 2 ** 25;

export class TensorSizeError extends CodedError {}

const count = (n: number) => n.toLocaleString('en-US');

/** Throws when a tensor of this shape would be too big; `what` names the op, when known. */
export function checkShape(shape: readonly number[], what: string, limit = maxTensorValues) {
  const size = shape.reduce((a, b) => a * b, 1);
  if (size <= limit) return;
  throw new TensorSizeError({
    code: 'code.run.tooLarge',
    params: {
      what,
      shape: shape.join(', '),
      size: count(size),
      limit: count(limit),
      mb: Math.round((limit * 4) / 2 ** 20),
    },
  });
}

const isShape = (v: unknown): v is number[] =>
  Array.isArray(v) && v.every((n) => typeof n === 'number');

/**
 * The ops that make a tensor from a size alone, and how to read the size from their arguments.
 * They fill a JavaScript array before any backend sees it (randomNormal draws every value in a
 * loop), so they are refused before they start rather than after.
 */
const sizeOf: Record<string, (args: unknown[]) => number[] | undefined> = {
  zeros: ([s]) => (isShape(s) ? s : undefined),
  ones: ([s]) => (isShape(s) ? s : undefined),
  fill: ([s]) => (isShape(s) ? s : undefined),
  buffer: ([s]) => (isShape(s) ? s : undefined),
  randomNormal: ([s]) => (isShape(s) ? s : undefined),
  randomStandardNormal: ([s]) => (isShape(s) ? s : undefined),
  randomUniform: ([s]) => (isShape(s) ? s : undefined),
  randomUniformInt: ([s]) => (isShape(s) ? s : undefined),
  randomGamma: ([s]) => (isShape(s) ? s : undefined),
  truncatedNormal: ([s]) => (isShape(s) ? s : undefined),
  eye: ([n, m, batch]) =>
    typeof n === 'number'
      ? [...(isShape(batch) ? batch : []), n, typeof m === 'number' ? m : n]
      : undefined,
  linspace: ([, , num]) => (typeof num === 'number' ? [num] : undefined),
  range: ([start, stop, step]) =>
    typeof start === 'number' && typeof stop === 'number'
      ? [Math.ceil(Math.abs((stop - start) / (typeof step === 'number' && step ? step : 1)))]
      : undefined,
};

/**
 * `tf` as learner code sees it: the same namespace, with the ops above checked first. The
 * proxy's target is an empty object, so the answers may differ from the namespace's own
 * (a bundler may freeze it) without breaking a proxy invariant.
 */
export function guardedTf(tf: TF, limit = maxTensorValues): TF {
  const wrapped = new Map<string, unknown>();
  const guard = (key: string, op: (...args: unknown[]) => unknown) => {
    if (!wrapped.has(key)) {
      wrapped.set(key, (...args: unknown[]) => {
        const shape = sizeOf[key](args);
        if (shape) checkShape(shape, `tf.${key}`, limit);
        return op(...args);
      });
    }
    return wrapped.get(key);
  };
  return new Proxy({} as TF, {
    get(_target, key) {
      const value: unknown = Reflect.get(tf, key);
      if (typeof key !== 'string' || typeof value !== 'function' || !Object.hasOwn(sizeOf, key)) {
        return value;
      }
      return guard(key, value as (...args: unknown[]) => unknown);
    },
    has: (_target, key) => key in tf,
    ownKeys: () => Reflect.ownKeys(tf),
    getOwnPropertyDescriptor(_target, key) {
      const descriptor = Reflect.getOwnPropertyDescriptor(tf, key);
      return descriptor && { ...descriptor, configurable: true };
    },
  });
}

interface Writable {
  write(values: unknown, shape: number[], dtype: string): unknown;
}

/**
 * Checks every tensor the current backend stores, for the ops the list above misses (a matMul
 * of [20000, 1] by [1, 20000], a tile, a broadcast). Every backend stores a new tensor through
 * `write`; the GPU backends do so before allocating anything. Returns the undo.
 */
export function guardBackend(tf: TF, limit = maxTensorValues): () => void {
  const backend = tf.backend() as unknown as Writable;
  const had = Object.getOwnPropertyDescriptor(backend, 'write');
  const write = backend.write;
  backend.write = function (this: Writable, values, shape, dtype) {
    checkShape(shape, 'This operation', limit);
    return write.call(this, values, shape, dtype);
  };
  return () => {
    if (had) Object.defineProperty(backend, 'write', had);
    else delete (backend as Partial<Writable>).write;
  };
}
