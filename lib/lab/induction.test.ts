import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { describe, expect, it } from 'vitest';
import { setupWasmBackend } from '@/lib/testing/wasmBackend';
import { presets } from './presets';
import { LabTrainer } from './trainer';
import type { LabConfig } from './config';

// The induction preset's claim, small enough for CI: one layer cannot do associative recall, two
// can, and the two-layer model's heads are a previous-token head and an induction head. On the
// wasm backend in Node (several times faster than cpu here for these matrix sizes).
setupWasmBackend();

/** Recall as the presets set it up (causal, attention-only), smaller: 3 pairs then the query. */
const recall: LabConfig = {
  ...presets.induction2,
  length: 7,
  vocab: 6,
  heads: 1,
  width: 16,
  batch: 32,
  lr: 0.01,
  seed: 1,
};
const steps = 300;

/**
 * Probes written by hand: pairs k v with distinct keys, then a key again. The answer is the value
 * that followed that key, at the position just after the key's earlier copy.
 */
const probes = [
  [2, 5, 0, 3, 4, 1, 0],
  [1, 1, 3, 0, 5, 2, 5],
  [4, 2, 2, 4, 0, 0, 4],
  [3, 5, 1, 4, 0, 2, 3],
];

/** Where the query (the last token) appeared before as a key, plus one: the value's position. */
function valuePosition(x: number[]): number {
  const query = x[x.length - 1];
  for (let i = 0; i < x.length - 1; i += 2) if (x[i] === query) return i + 1;
  throw new Error(`no key ${query} in ${x.join(' ')}`);
}

/** Row `row` of head `head` in a layer's [H, L, L] weights. */
function row(weights: Float32Array, head: number, L: number, r: number): number[] {
  return Array.from(weights.slice((head * L + r) * L, (head * L + r + 1) * L));
}

const argmax = (xs: number[]) => xs.indexOf(Math.max(...xs));

describe('induction: one layer against two on associative recall', () => {
  it(`two layers solve it in ${steps} steps, one layer stays near guessing among the values`, async () => {
    const two = new LabTrainer(tf, { ...recall, layers: 2 });
    const one = new LabTrainer(tf, { ...recall, layers: 1 });
    const twoAccuracy = (await two.train(steps)).accuracy;
    const oneAccuracy = (await one.train(steps)).accuracy;
    // One layer can at best pick among the 3 values in the sequence (about 1/3 to 1/2 with
    // repeats); two layers find the right one.
    expect(twoAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(oneAccuracy).toBeLessThan(0.65);

    for (const x of probes) {
      const L = x.length;
      const probe = await two.probe(x);
      const answer = x[valuePosition(x)];
      expect(probe.prediction[L - 1], `prediction for ${x.join(' ')}`).toBe(answer);
      // Layer 1's head: at every value position (odd), the most weight on the token before it,
      // its key. That copies "my previous token is k" into the value's position.
      for (let i = 1; i < L - 1; i += 2) {
        const weights = row(probe.weights[0], 0, L, i);
        expect(argmax(weights), `layer 1, query ${i} of ${x.join(' ')}`).toBe(i - 1);
        expect(weights[i - 1]).toBeGreaterThan(0.5);
      }
      // Layer 2's head: the query attends to the position whose previous token is the query,
      // the value to copy.
      const last = row(probe.weights[1], 0, L, L - 1);
      expect(argmax(last), `layer 2, the query of ${x.join(' ')}`).toBe(valuePosition(x));
      expect(last[valuePosition(x)]).toBeGreaterThan(0.5);
    }
    two.dispose();
    one.dispose();
  }, 120_000);
});
