import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { rand, sigmoid, setupCpuBackend } from '@/lib/testing/testUtils';
import { attentionGate } from './attentionGate';

setupCpuBackend();

/** The gate as plain loops: per pixel, hidden_f = relu(sum_c Wx x + bx + sum_c Wg g + bg). */
function ref(
  x: number[],
  [N, Cx, H, W]: number[],
  g: number[],
  [, Cg, h, w]: number[],
  wx: number[],
  bx: number[],
  wg: number[],
  bg: number[],
  psi: number[],
  bpsi: number,
) {
  const F = bx.length;
  const weights: number[] = [];
  for (let n = 0; n < N; n++)
    for (let i = 0; i < H; i++)
      for (let j = 0; j < W; j++) {
        const [gi, gj] = [Math.floor((i * h) / H), Math.floor((j * w) / W)];
        let s = bpsi;
        for (let f = 0; f < F; f++) {
          let a = bx[f] + bg[f];
          for (let c = 0; c < Cx; c++) a += wx[f * Cx + c] * x[((n * Cx + c) * H + i) * W + j];
          for (let c = 0; c < Cg; c++) a += wg[f * Cg + c] * g[((n * Cg + c) * h + gi) * w + gj];
          s += psi[f] * Math.max(0, a);
        }
        weights.push(sigmoid(s));
      }
  const output = x.map((v, idx) => {
    const n = Math.floor(idx / (Cx * H * W));
    return v * weights[n * H * W + (idx % (H * W))];
  });
  return { weights, output };
}

describe('attentionGate', () => {
  it.each([
    [[1, 2, 4, 4], [1, 3, 4, 4], 2],
    [[2, 3, 4, 6], [2, 2, 2, 3], 4],
    [[1, 1, 6, 6], [1, 2, 2, 3], 3],
  ])('matches a loop reference: x %j, g %j, F = %i', (xs, gs, F) => {
    const [Cx, Cg] = [xs[1], gs[1]];
    const x = rand(
      xs.reduce((a, b) => a * b),
      1,
    );
    const g = rand(
      gs.reduce((a, b) => a * b),
      2,
    );
    const [wx, bx, wg, bg, psi] = [
      rand(F * Cx, 3),
      rand(F, 4),
      rand(F * Cg, 5),
      rand(F, 6),
      rand(F, 7),
    ];
    const bpsi = 0.3;
    const before = tf.memory().numTensors;
    const inputs = {
      x: tf.tensor(x, xs),
      g: tf.tensor(g, gs),
      wxWeight: tf.tensor(wx, [F, Cx, 1, 1]),
      wxBias: tf.tensor1d(bx),
      wgWeight: tf.tensor(wg, [F, Cg, 1, 1]),
      wgBias: tf.tensor1d(bg),
      psiWeight: tf.tensor(psi, [1, F, 1, 1]),
      psiBias: tf.tensor1d([bpsi]),
    };
    const { x: xt, g: gt, ...params } = inputs;
    const got = attentionGate(xt, gt, params);
    const want = ref(x, xs, g, gs, wx, bx, wg, bg, psi, bpsi);
    expect(got.weights.shape).toEqual([xs[0], 1, xs[2], xs[3]]);
    expect(got.output.shape).toEqual(xs);
    Array.from(got.weights.dataSync()).forEach((v, i) => expect(v).toBeCloseTo(want.weights[i], 5));
    Array.from(got.output.dataSync()).forEach((v, i) => expect(v).toBeCloseTo(want.output[i], 5));
    tf.dispose([got.weights, got.output, ...Object.values(inputs)]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('a hand-worked pixel: relu(1*2 + 1*(-1)) = 1, sigmoid(2*1 - 2) = 0.5', () => {
    const x = tf.fill([1, 1, 1, 1], 2);
    const g = tf.fill([1, 1, 1, 1], -1);
    const params = {
      wxWeight: tf.ones([1, 1, 1, 1]),
      wgWeight: tf.ones([1, 1, 1, 1]),
      psiWeight: tf.fill([1, 1, 1, 1], 2),
      psiBias: tf.tensor1d([-2]),
    };
    const { output, weights } = attentionGate(x, g, params);
    expect(weights.dataSync()[0]).toBeCloseTo(0.5, 6);
    expect(output.dataSync()[0]).toBeCloseTo(1, 6);
    tf.dispose([x, g, output, weights, ...Object.values(params)]);
  });

  it('names the argument and the shapes when they do not fit', () => {
    const x = tf.ones([1, 2, 4, 4]);
    const g = tf.ones([1, 3, 3, 3]);
    const g2 = tf.ones([1, 3, 2, 2]);
    const params = {
      wxWeight: tf.ones([4, 2, 1, 1]),
      wgWeight: tf.ones([4, 2, 1, 1]),
      psiWeight: tf.ones([1, 4, 1, 1]),
    };
    expect(() => attentionGate(x, g, params)).toThrow(
      /attentionGate: g has spatial size 3x3 but x is 4x4/,
    );
    expect(() => attentionGate(x, g2, params)).toThrow(
      /attentionGate: wgWeight has shape \[4,2,1,1\] but expected \[F, Cg, 1, 1\] = \[4,3,1,1\]/,
    );
    tf.dispose([x, g, g2, ...Object.values(params)]);
  });
});
