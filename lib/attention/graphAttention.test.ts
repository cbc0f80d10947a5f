import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { graphAttention as gat } from './graphAttention';
import {
  disposeAll,
  dot,
  expectClose,
  expectNoLeak,
  rand,
  randMatrix,
  refLinear,
  refSoftmax,
  snapshot,
  setupCpuBackend,
} from '@/lib/testing/testUtils';

setupCpuBackend();

const [N, F, Fo] = [4, 3, 2];
const hA = randMatrix(N, F, 1);
const W = randMatrix(Fo, F, 2);
const aSrc = rand(Fo, 3);
const aDst = rand(Fo, 4);
const adj = [
  [true, true, false, false],
  [false, true, true, true],
  [true, false, false, false],
  [false, false, true, true],
];
const params = () => ({
  weight: tf.tensor2d(W),
  attSrc: tf.tensor1d(aSrc),
  attDst: tf.tensor1d(aDst),
});

function ref(slope: number) {
  const wh = hA.map((x) => refLinear(x, W));
  const leaky = (x: number) => (x > 0 ? x : slope * x);
  const weights = wh.map((whi, i) =>
    refSoftmax(
      wh.map((whj) => leaky(dot(aDst, whi) + dot(aSrc, whj))),
      (j) => !adj[i][j],
    ),
  );
  const output = weights.map((a) =>
    [0, 1].map((f) => a.reduce((s, aj, j) => s + aj * wh[j][f], 0)),
  );
  return { weights, output };
}

describe('graphAttention', () => {
  it.each([undefined, 0.01])(
    'matches GAT with negativeSlope %s, adjacency used as given (no self-loops added)',
    (slope) => {
      const got = gat(
        tf.tensor2d(hA),
        tf.tensor2d(adj),
        params(),
        slope === undefined ? {} : { negativeSlope: slope },
      );
      const want = ref(slope ?? 0.2);
      expectClose(got.weights, want.weights.flat());
      expectClose(got.output, want.output.flat());
      // Node 2 listens only to node 0, so it copies node 0's transformed features.
      expect(Array.from(got.weights.dataSync()).slice(8, 12)).toEqual([1, 0, 0, 0]);
    },
  );

  it('rejects bad input with messages naming function, argument and shapes', () => {
    const h = tf.tensor2d(hA);
    const lonely = tf.tensor2d([adj[0], adj[1], [false, false, false, false], adj[3]]);
    expect(() => gat(h, lonely, params())).toThrow(
      /graphAttention: adjacency .* every key for row \[2\] of weights \[4,4\]/,
    );
    expect(() => gat(h, tf.ones([4, 4]), params())).toThrow(
      /graphAttention: adjacency has dtype float32 but expected bool/,
    );
    expect(() => gat(h, tf.ones([4, 3], 'bool'), params())).toThrow(
      'graphAttention: adjacency has shape [4,3] but expected [N, N] (true = edge) = [4,4]',
    );
    expect(() => gat(h, tf.tensor2d(adj), { ...params(), attSrc: tf.zeros([3]) })).toThrow(
      "graphAttention: attSrc has shape [3] but expected [F'] = [2]",
    );
    expect(() => gat(h, tf.tensor2d(adj), { ...params(), weight: tf.zeros([2, 4]) })).toThrow(
      "graphAttention: weight has shape [2,4] but expected [F', F] = [2,3]",
    );
  });

  it('leaks nothing, even when it throws, and leaves inputs untouched', () => {
    const h = tf.tensor2d(hA);
    const a = tf.tensor2d(adj);
    const p = params();
    const none = tf.zeros([4, 4], 'bool');
    const check = snapshot([h, a, p.weight]);
    expectNoLeak(() => disposeAll(gat(h, a, p)));
    expectNoLeak(() => expect(() => gat(h, none, p)).toThrow(/every key/));
    check();
  });
});
