import * as tf from '@tensorflow/tfjs-core';
import {
  assertFiniteNumber,
  assertNoNaN,
  assertObject,
  assertTensor,
  failWith,
  fmt,
} from './checks';

export interface RotaryEmbeddingOptions {
  /** Frequency base: pair i turns by base^(-2i/d) radians per position. Default 10000. */
  base?: number;
  /** Position of the first row (the number of tokens already cached). Default 0. */
  offset?: number;
}

const FN = 'rotaryEmbedding';

/**
 * cos and sin of every (position, feature) angle, [L, d], in the rotate-half layout: feature c
 * belongs to pair c mod d/2. Computed on the host in float64 and rounded once, so long
 * positions lose no precision to float32 products.
 */
function angleTables(L: number, d: number, base: number, offset: number) {
  const half = d / 2;
  const cos = new Float32Array(L * d);
  const sin = new Float32Array(L * d);
  for (let row = 0; row < L; row++) {
    for (let c = 0; c < d; c++) {
      const angle = (offset + row) * Math.pow(base, (-2 * (c % half)) / d);
      cos[row * d + c] = Math.cos(angle);
      sin[row * d + c] = Math.sin(angle);
    }
  }
  return { cos: tf.tensor(cos, [L, d]), sin: tf.tensor(sin, [L, d]) };
}

/**
 * Rotary position embedding (RoPE) as LLaMA in Hugging Face: features i and i + d/2 form a pair
 * that turns by angle (offset + row) * base^(-2i/d). out = x cos + rotateHalf(x) sin with
 * rotateHalf(x) = [-x2, x1]. Rows are positions; any leading dims (batch, heads) share them.
 * Built from differentiable ops, so gradients flow through it.
 */
export function rotaryEmbedding(
  x: tf.Tensor,
  opts: RotaryEmbeddingOptions = {},
): { output: tf.Tensor } {
  return tf.tidy(() => {
    assertTensor(FN, 'x', x, '[..., L, d]');
    if (x.rank < 2) {
      failWith(FN, 'code.core.rankAtLeast', {
        name: 'x',
        shape: fmt(x.shape),
        want: 2,
        layout: '[..., L, d]',
      });
    }
    if (x.shape.some((n) => n === 0)) {
      failWith(FN, 'code.core.emptyDim', { name: 'x', shape: fmt(x.shape), layout: '[..., L, d]' });
    }
    const d = x.shape[x.rank - 1];
    if (d % 2 !== 0) {
      failWith(FN, 'code.core.evenLastDim', {
        name: 'x',
        shape: fmt(x.shape),
        layout: '[..., L, d]',
      });
    }
    assertObject(FN, 'opts', opts, '{ base?, offset? }');
    const base = opts.base ?? 10000;
    const offset = opts.offset ?? 0;
    assertFiniteNumber(FN, 'base', base);
    if (base <= 0) failWith(FN, 'code.core.positive', { name: 'base', got: base });
    assertFiniteNumber(FN, 'offset', offset);
    assertNoNaN(FN, { x });
    return { output: rotate(x, base, offset) };
  });
}

/**
 * The maths of rotaryEmbedding on an input already known to be [..., L, d] with d even, with no
 * host checks: transformerBlock turns queries and keys it computed itself, which must not be
 * read back on the host mid-training (WebGPU cannot do that dependably).
 */
export function rotate(x: tf.Tensor, base = 10000, offset = 0): tf.Tensor {
  return tf.tidy(() => {
    const L = x.shape[x.rank - 2];
    const d = x.shape[x.rank - 1];
    const { cos, sin } = angleTables(L, d, base, offset);
    const [x1, x2] = tf.split(x, 2, -1);
    const rotated = tf.concat([tf.neg(x2), x1], -1);
    return tf.add(tf.mul(x, cos), tf.mul(rotated, sin));
  });
}
