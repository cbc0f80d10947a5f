import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { describe, expect, it } from 'vitest';
import {
  transformerBlock,
  transformerBlockShapes,
  type TransformerBlockParams,
} from './transformerBlock';
import {
  disposeAll,
  expectClose,
  expectNoLeak,
  rand,
  setupCpuBackend,
  snapshot,
} from '@/lib/testing/testUtils';

setupCpuBackend();

const [B, L, E, F, H] = [2, 3, 4, 8, 2];

/** Params where attention and the feed-forward layer add nothing but their biases. */
function silentParams(bias = 0): TransformerBlockParams {
  return {
    ln1Weight: tf.ones([E]),
    ln1Bias: tf.zeros([E]),
    inProjWeight: tf.zeros([3 * E, E]),
    inProjBias: tf.zeros([3 * E]),
    outProjWeight: tf.zeros([E, E]),
    outProjBias: tf.fill([E], bias),
    ln2Weight: tf.ones([E]),
    ln2Bias: tf.zeros([E]),
    fc1Weight: tf.zeros([F, E]),
    fc1Bias: tf.zeros([F]),
    fc2Weight: tf.zeros([E, F]),
    fc2Bias: tf.fill([E], bias),
  };
}

function randomParams(seed: number): TransformerBlockParams {
  const shapes = transformerBlockShapes(E, F);
  return Object.fromEntries(
    Object.entries(shapes).map(([name, shape], i) => [
      name,
      tf.tensor(
        rand(
          shape.reduce((a, b) => a * b),
          seed + i,
        ),
        shape,
      ),
    ]),
  ) as unknown as TransformerBlockParams;
}

/** nn.LayerNorm of one row with weight 1 and bias 0, by loops. */
function refLayerNorm(row: number[], eps = 1e-5): number[] {
  const mean = row.reduce((s, x) => s + x, 0) / row.length;
  const variance = row.reduce((s, x) => s + (x - mean) ** 2, 0) / row.length;
  return row.map((x) => (x - mean) / Math.sqrt(variance + eps));
}

describe('transformerBlock', () => {
  const xValues = rand(B * L * E, 1).map((x) => 3 * x);

  it('pre-norm with silent sublayers is the residual stream: output = x + both biases', () => {
    const x = tf.tensor(xValues, [B, L, E]);
    const params = silentParams(0.25);
    const check = snapshot([x, ...Object.values(params)]);
    const got = transformerBlock(x, params, { numHeads: H, norm: 'pre', causal: true });
    expectClose(
      got.output,
      xValues.map((v) => v + 0.5),
    );
    // Zero queries and keys score every open key equally: causal row i has i + 1 of them.
    expect(got.weights.shape).toEqual([B, H, L, L]);
    const row = [
      [1, 0, 0],
      [0.5, 0.5, 0],
      [1 / 3, 1 / 3, 1 / 3],
    ].flat();
    expectClose(got.weights, new Array(B * H).fill(row).flat());
    check();
    tf.dispose([x, ...Object.values(params)]);
    disposeAll(got);
  });

  it('post-norm with silent sublayers layer-normalises each position twice', () => {
    const x = tf.tensor(xValues, [B, L, E]);
    const params = silentParams();
    const got = transformerBlock(x, params, { numHeads: H, norm: 'post', eps: 1e-3 });
    const want: number[] = [];
    for (let r = 0; r < B * L; r++) {
      want.push(...refLayerNorm(refLayerNorm(xValues.slice(r * E, r * E + E), 1e-3), 1e-3));
    }
    expectClose(got.output, want, 1e-4);
    tf.dispose([x, ...Object.values(params)]);
    disposeAll(got);
  });

  it('gives hand-derived gradients: each output bias gets the summed seed', () => {
    const x = tf.tensor(xValues, [B, L, E]);
    const params = randomParams(40);
    const seedValues = rand(B * L * E, 2);
    const seed = tf.tensor(seedValues, [B, L, E]);
    const [gOut, gFc2] = tf.grads((outProjBias: tf.Tensor, fc2Bias: tf.Tensor) =>
      tf.sum(
        tf.mul(
          transformerBlock(x, { ...params, outProjBias, fc2Bias }, { numHeads: H, norm: 'pre' })
            .output,
          seed,
        ),
      ),
    )([params.outProjBias, params.fc2Bias]);
    const summed = [0, 1, 2, 3].map((c) =>
      seedValues.filter((_, i) => i % E === c).reduce((s, v) => s + v, 0),
    );
    // fc2Bias is added straight to the output in pre-norm.
    expectClose(gFc2, summed);
    // outProjBias also reaches the output through ln2 and the feed-forward layer, so only the
    // direct path is hand-derivable; check it differs from the direct path alone (not ignored).
    expect(Array.from(gOut.dataSync()).some((g, c) => Math.abs(g - summed[c]) > 1e-4)).toBe(true);
    tf.dispose([x, seed, gOut, gFc2, ...Object.values(params)]);
  });

  it('matches central finite differences for norm and projection weights (both norms)', () => {
    const x = tf.tensor(xValues, [B, L, E]);
    const params = randomParams(60);
    const seed = tf.tensor(rand(B * L * E, 3), [B, L, E]);
    for (const norm of ['pre', 'post'] as const) {
      const loss = (p: TransformerBlockParams) =>
        tf.tidy(() =>
          tf.sum(tf.mul(transformerBlock(x, p, { numHeads: H, norm, causal: true }).output, seed)),
        );
      for (const name of ['ln1Weight', 'inProjWeight', 'fc1Weight'] as const) {
        const grad = tf.grad((w: tf.Tensor) => loss({ ...params, [name]: w }))(params[name]);
        const analytic = grad.dataSync();
        const base = params[name].dataSync();
        for (const index of [0, 3]) {
          const h = 1e-2;
          const at = (delta: number) => {
            const values = Float32Array.from(base);
            values[index] += delta;
            const w = tf.tensor(values, params[name].shape);
            const value = loss({ ...params, [name]: w });
            const result = value.dataSync()[0];
            tf.dispose([w, value]);
            return result;
          };
          const numeric = (at(h) - at(-h)) / (2 * h);
          expect(analytic[index], `${norm} ${name}[${index}]`).toBeCloseTo(numeric, 2);
        }
        grad.dispose();
      }
    }
    tf.dispose([x, seed, ...Object.values(params)]);
  });

  it('throws clear errors for bad shapes and options, leaking nothing (also under tf.grads)', () => {
    const x = tf.tensor(xValues, [B, L, E]);
    const params = randomParams(80);
    const wrongFc2 = tf.zeros([F, E]);
    const flat = tf.zeros([L, E]);
    expectNoLeak(() => {
      expect(() => transformerBlock(flat, params, { numHeads: H, norm: 'pre' })).toThrow(
        'transformerBlock: x has shape [3,4] (rank 2) but expected rank 3 [B, L, E]',
      );
      expect(() =>
        transformerBlock(x, { ...params, fc2Weight: wrongFc2 }, { numHeads: H, norm: 'pre' }),
      ).toThrow('transformerBlock: fc2Weight has shape [8,4] but expected [E, F] = [4,8]');
      expect(() => transformerBlock(x, params, { numHeads: 3, norm: 'pre' })).toThrow(
        'transformerBlock: numHeads is 3 but expected a divisor of E = 4 (x [2,3,4])',
      );
      expect(() => transformerBlock(x, params, { numHeads: H, norm: 'middle' as never })).toThrow(
        `transformerBlock: norm is "middle" but expected 'pre' or 'post'`,
      );
      const g = tf.grad((w: tf.Tensor) =>
        tf.sum(
          transformerBlock(x, { ...params, fc1Weight: w }, { numHeads: H, norm: 'post' }).output,
        ),
      )(params.fc1Weight);
      g.dispose();
    });
    tf.dispose([x, wrongFc2, flat, ...Object.values(params)]);
  });

  describe('rotary positions', () => {
    // E = 2, one head: RoPE's only pair turns by `pos` radians (base^0 = 1). With identity
    // projections, query i and key j of the same token [1, 0] are [cos i, sin i] and
    // [cos j, sin j], so score(i, j) = cos(i - j) / sqrt(2): a function of the distance only.
    const identity = () => ({
      ln1Weight: tf.ones([2]),
      ln1Bias: tf.zeros([2]),
      inProjWeight: tf.tensor([1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1], [6, 2]),
      inProjBias: tf.zeros([6]),
      outProjWeight: tf.eye(2),
      outProjBias: tf.zeros([2]),
      ln2Weight: tf.ones([2]),
      ln2Bias: tf.zeros([2]),
      fc1Weight: tf.zeros([1, 2]),
      fc1Bias: tf.zeros([1]),
      fc2Weight: tf.zeros([2, 1]),
      fc2Bias: tf.zeros([2]),
    });
    const n = 4;
    const same = () => tf.tile(tf.tensor([1, 0], [1, 1, 2]), [1, n, 1]);

    it('weighs keys by cos(i - j) / sqrt(2), the hand-derived scores, on repeated tokens', () => {
      const x = same();
      const params = identity();
      const { output, weights } = transformerBlock(x, params, {
        numHeads: 1,
        norm: 'post',
        rotary: {},
      });
      const expected: number[] = [];
      for (let i = 0; i < n; i++) {
        const scores = Array.from({ length: n }, (_, j) => Math.cos(i - j) / Math.SQRT2);
        const total = scores.reduce((s, v) => s + Math.exp(v), 0);
        expected.push(...scores.map((v) => Math.exp(v) / total));
      }
      expectClose(weights, expected, 1e-5);
      tf.dispose([x, output, weights, ...Object.values(params)]);
    });

    it('without rotary the same tokens attend uniformly (nothing tells positions apart)', () => {
      const x = same();
      const params = identity();
      const { output, weights } = transformerBlock(x, params, { numHeads: 1, norm: 'post' });
      expectClose(weights, new Array(n * n).fill(1 / n), 1e-6);
      tf.dispose([x, output, weights, ...Object.values(params)]);
    });

    it('rejects an odd head dim and a bad base, and lets gradients through', () => {
      const x = tf.tensor(xValues, [B, L, E]);
      const params = randomParams(90);
      expectNoLeak(() => {
        expect(() => transformerBlock(x, params, { numHeads: 4, norm: 'pre', rotary: {} })).toThrow(
          'transformerBlock: rotary needs an even head dim, but E / numHeads = 4 / 4 = 1',
        );
        expect(() =>
          transformerBlock(x, params, { numHeads: H, norm: 'pre', rotary: { base: 0 } }),
        ).toThrow('transformerBlock: rotary.base is 0 but expected a positive number');
      });
      const g = tf.grad((w: tf.Tensor) =>
        tf.sum(
          transformerBlock(
            x,
            { ...params, inProjWeight: w },
            { numHeads: H, norm: 'pre', rotary: {} },
          ).output,
        ),
      )(params.inProjWeight);
      // The query and key rows get a gradient through the rotation.
      expect(Array.from(g.dataSync()).some((v) => v !== 0)).toBe(true);
      tf.dispose([g, x, ...Object.values(params)]);
    });
  });
});
