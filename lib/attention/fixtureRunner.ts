import type * as tfTypes from '@tensorflow/tfjs-core';
// Gradient fixtures (transformerBlock) need tfjs's gradients; lib/attention registers none.
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import * as attention from './index';

/**
 * Runs a PyTorch/scikit-learn reference fixture through lib/attention on whatever backend is
 * active, so the same files check cpu in vitest and webgpu/webgl/wasm on a browser test page.
 * No node-only imports here: loading the JSON is the caller's job.
 */

export interface TensorJson {
  shape: number[];
  dtype: string;
  data: (number | boolean)[];
}

export interface Fixture {
  name: string;
  function: string;
  /** Plain numbers that come before any tensor, e.g. attentionMask(L, S, opts). */
  args?: unknown[];
  inputs: Record<string, unknown>;
  params?: Record<string, TensorJson>;
  options?: Record<string, unknown> | null;
  expected: Record<string, unknown>;
  tolerance?: { atol: number; rtol: number };
  /** d sum(output * seed) / d param for each named param, from PyTorch autograd. */
  gradients?: { seed: TensorJson; expected: Record<string, TensorJson> };
}

export interface KeyResult {
  key: string;
  maxError: number;
  pass: boolean;
  /** Why the key failed beyond tolerance: missing, wrong shape. */
  problem?: string;
}

export interface FixtureResult {
  name: string;
  function: string;
  pass: boolean;
  keys: KeyResult[];
  /** Set when the call itself threw. */
  error?: string;
}

interface Signature {
  /** Positional argument names, in the order of the signature. */
  inputs: readonly string[];
  params: boolean;
  options: boolean;
  /** Takes plain arrays instead of tensors. */
  plain?: boolean;
}

/** How each contract function is called; input names match the fixtures' `inputs` keys. */
export const SIGNATURES: Record<string, Signature> = {
  scaledDotProductAttention: { inputs: ['q', 'k', 'v'], params: false, options: true },
  attentionSteps: { inputs: ['q', 'k', 'v'], params: false, options: true },
  multiHeadAttention: { inputs: ['query', 'key', 'value'], params: true, options: true },
  additiveAttention: { inputs: ['query', 'keys', 'values'], params: true, options: true },
  lstm: { inputs: ['x'], params: true, options: true },
  attentionPooling: { inputs: ['hidden'], params: true, options: true },
  spatialAttention: { inputs: ['x'], params: true, options: true },
  channelAttention: { inputs: ['x'], params: true, options: false },
  biDirectionalAttention: { inputs: ['context', 'query'], params: true, options: false },
  graphAttention: { inputs: ['h', 'adjacency'], params: true, options: true },
  classificationMetrics: {
    inputs: ['yTrue', 'yPred', 'scores'],
    params: false,
    options: false,
    plain: true,
  },
  attentionMask: { inputs: [], params: false, options: true },
  rotaryEmbedding: { inputs: ['x'], params: false, options: true },
  groupedQueryAttention: { inputs: ['q', 'k', 'v'], params: false, options: true },
  flashAttention: { inputs: ['q', 'k', 'v'], params: false, options: true },
  linearAttention: { inputs: ['q', 'k', 'v'], params: false, options: true },
  transformerBlock: { inputs: ['x'], params: true, options: true },
};

/** Tensors that travel in the options object rather than as positional arguments. */
const OPTION_TENSORS = ['mask', 'keyPaddingMask'];

const DEFAULT_TOLERANCE = { atol: 1e-4, rtol: 1e-3 };

type AnyFn = (...args: unknown[]) => unknown;

function isTensorJson(x: unknown): x is TensorJson {
  return typeof x === 'object' && x !== null && 'shape' in x && 'data' in x;
}

function toTensor(tf: typeof tfTypes, json: TensorJson): tfTypes.Tensor {
  if (json.dtype === 'bool') {
    return tf.tensor(
      Uint8Array.from(json.data, (x) => (x ? 1 : 0)),
      json.shape,
      'bool',
    );
  }
  return tf.tensor(json.data as number[], json.shape, json.dtype as 'float32' | 'int32');
}

/** Builds the argument list exactly as the contract describes. `created` collects what to dispose. */
function buildArgs(
  tf: typeof tfTypes,
  fixture: Fixture,
  sig: Signature,
  created: tfTypes.Tensor[],
) {
  const make = (x: unknown) => {
    if (sig.plain || !isTensorJson(x)) return x;
    const t = toTensor(tf, x);
    created.push(t);
    return t;
  };
  const known = new Set([...sig.inputs, ...(sig.options ? OPTION_TENSORS : [])]);
  const unknown = Object.keys(fixture.inputs).filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new Error(
      `fixture ${fixture.name}: inputs ${unknown.join(', ')} are not arguments of ${fixture.function}`,
    );
  }
  const args: unknown[] = sig.inputs.map((name) => make(fixture.inputs[name]));
  while (args.length > 0 && args[args.length - 1] === undefined) args.pop();
  args.unshift(...(fixture.args ?? []));
  if (sig.params) {
    const params: Record<string, unknown> = {};
    for (const [name, json] of Object.entries(fixture.params ?? {})) params[name] = make(json);
    args.push(params);
  }
  if (sig.options) {
    const options: Record<string, unknown> = { ...(fixture.options ?? {}) };
    for (const name of OPTION_TENSORS) {
      if (fixture.inputs[name] !== undefined) options[name] = make(fixture.inputs[name]);
    }
    args.push(options);
  }
  return args;
}

function compareNumbers(
  key: string,
  got: ArrayLike<number>,
  want: ArrayLike<number>,
  tol: { atol: number; rtol: number },
): KeyResult {
  let maxError = 0;
  let pass = true;
  for (let i = 0; i < want.length; i++) {
    const error = Math.abs(got[i] - want[i]);
    // Written as !(error <= bound) so a NaN result fails instead of slipping through.
    if (!(error <= tol.atol + tol.rtol * Math.abs(want[i]))) pass = false;
    maxError = Number.isNaN(error) ? NaN : Math.max(maxError, error);
  }
  return { key, maxError, pass };
}

async function compareKey(
  key: string,
  got: unknown,
  want: unknown,
  tol: { atol: number; rtol: number },
): Promise<KeyResult[]> {
  if (got === undefined)
    return [{ key, maxError: Infinity, pass: false, problem: 'missing from result' }];
  if (isTensorJson(want)) {
    const tensor = got as tfTypes.Tensor;
    const same =
      tensor.shape.length === want.shape.length &&
      tensor.shape.every((n, i) => n === want.shape[i]);
    if (!same) {
      return [
        {
          key,
          maxError: Infinity,
          pass: false,
          problem: `shape [${tensor.shape}] but expected [${want.shape}]`,
        },
      ];
    }
    const data = (await tensor.data()) as ArrayLike<number>;
    return [compareNumbers(key, data, want.data.map(Number), tol)];
  }
  if (typeof want === 'number') return [compareNumbers(key, [got as number], [want], tol)];
  if (typeof want === 'object' && want !== null) {
    const nested = Object.entries(want).map(([k, w]) =>
      compareKey(`${key}.${k}`, (got as Record<string, unknown>)[k], w, tol),
    );
    return (await Promise.all(nested)).flat();
  }
  return [
    { key, maxError: Infinity, pass: false, problem: `unsupported expected value ${String(want)}` },
  ];
}

function disposeResult(tf: typeof tfTypes, result: unknown) {
  if (typeof result !== 'object' || result === null) return;
  for (const value of Object.values(result)) if (value instanceof tf.Tensor) value.dispose();
}

/**
 * Gradients of sum(output * seed) with respect to each named tensor, by tf.grads through the
 * call, compared like any other key (reported as grad.<name>). A name is looked up among the
 * params first, then among the positional inputs (so d/dx works too).
 */
async function compareGradients(
  tf: typeof tfTypes,
  fixture: Fixture,
  sig: Signature,
  fn: AnyFn,
  args: unknown[],
  created: tfTypes.Tensor[],
  tol: { atol: number; rtol: number },
): Promise<KeyResult[]> {
  const spec = fixture.gradients!;
  const names = Object.keys(spec.expected);
  const paramsAt = sig.params ? args.length - (sig.options ? 2 : 1) : -1;
  const params = (paramsAt >= 0 ? args[paramsAt] : {}) as Record<string, unknown>;
  const inputAt = (name: string) => {
    const i = sig.inputs.indexOf(name);
    return i < 0 ? -1 : (fixture.args?.length ?? 0) + i;
  };
  // Where each differentiated tensor sits in the call: a param name or an argument index.
  const places = names.map((name) =>
    params[name] instanceof tf.Tensor
      ? name
      : inputAt(name) >= 0 && args[inputAt(name)] instanceof tf.Tensor
        ? inputAt(name)
        : undefined,
  );
  const missing = names.filter((_, i) => places[i] === undefined);
  if (missing.length > 0) {
    return missing.map((name) => ({
      key: `grad.${name}`,
      maxError: Infinity,
      pass: false,
      problem: 'neither a param nor an input of the call',
    }));
  }
  const seed = toTensor(tf, spec.seed);
  created.push(seed);
  const loss = (...values: tfTypes.Tensor[]) => {
    const call = [...args];
    const swapped = { ...params };
    places.forEach((place, i) => {
      if (typeof place === 'string') swapped[place] = values[i];
      else call[place!] = values[i];
    });
    if (paramsAt >= 0) call[paramsAt] = swapped;
    const out = fn(...call) as Record<string, tfTypes.Tensor>;
    return tf.sum(tf.mul(out.output, seed));
  };
  const at = places.map((place) =>
    typeof place === 'string'
      ? (params[place] as tfTypes.Tensor)
      : (args[place!] as tfTypes.Tensor),
  );
  const grads = tf.grads(loss)(at);
  try {
    const perKey = await Promise.all(
      names.map((name, i) => compareKey(`grad.${name}`, grads[i], spec.expected[name], tol)),
    );
    return perKey.flat();
  } finally {
    tf.dispose(grads);
  }
}

/**
 * Calls the fixture's function with `tf` (the caller's tfjs-core, whose active backend is used),
 * compares every expected key with |got - want| <= atol + rtol * |want| and disposes everything
 * it created. A throw inside the call is reported, not rethrown, so a page can list all results.
 */
export async function runFixture(fixture: Fixture, tf: typeof tfTypes): Promise<FixtureResult> {
  const base = { name: fixture.name, function: fixture.function };
  const sig = SIGNATURES[fixture.function];
  const fn = (attention as unknown as Record<string, AnyFn>)[fixture.function];
  if (!sig || !fn)
    return { ...base, pass: false, keys: [], error: `unknown function ${fixture.function}` };
  const tol = fixture.tolerance ?? DEFAULT_TOLERANCE;
  const created: tfTypes.Tensor[] = [];
  let result: unknown;
  try {
    const args = buildArgs(tf, fixture, sig, created);
    result = fn(...args);
    const perKey = await Promise.all(
      Object.entries(fixture.expected).map(([key, want]) =>
        compareKey(key, (result as Record<string, unknown>)[key], want, tol),
      ),
    );
    const keys = perKey.flat();
    if (fixture.gradients) {
      keys.push(...(await compareGradients(tf, fixture, sig, fn, args, created, tol)));
    }
    return { ...base, pass: keys.length > 0 && keys.every((k) => k.pass), keys };
  } catch (e) {
    return { ...base, pass: false, keys: [], error: e instanceof Error ? e.message : String(e) };
  } finally {
    disposeResult(tf, result);
    created.forEach((t) => t.dispose());
  }
}
