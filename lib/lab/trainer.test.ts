import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { describe, expect, it } from 'vitest';
import { setupCpuBackend } from '@/lib/testing/testUtils';
import { defaultConfig, type LabConfig } from './config';
import { LabTrainer } from './trainer';

setupCpuBackend();

// Length 6, vocabulary 8, one attention-only layer with one head: the smallest model that can
// reverse, so the test stays quick on a shared CPU.
const reverse: LabConfig = {
  ...defaultConfig,
  task: 'reverse',
  length: 6,
  vocab: 8,
  layers: 1,
  heads: 1,
  width: 16,
  positions: 'learned',
  causal: false,
  attentionOnly: true,
  lr: 0.01,
  batch: 16,
  seed: 1,
};
const fixedSteps = 100;

describe('LabTrainer', () => {
  it(`trains reverse to at least 99% token accuracy in ${fixedSteps} steps, with an anti-diagonal head`, async () => {
    const trainer = new LabTrainer(tf, reverse);
    const metrics = await trainer.train(fixedSteps);
    expect(metrics.step).toBe(fixedSteps);
    expect(metrics.accuracy).toBeGreaterThanOrEqual(0.99);
    const probe = await trainer.probe([0, 1, 2, 3, 4, 5]);
    expect(probe.prediction).toEqual([5, 4, 3, 2, 1, 0]);
    // Query i puts most of its weight on key L-1-i: the anti-diagonal.
    const L = 6;
    const head = probe.weights[0];
    for (let i = 0; i < L; i++) {
      const row = Array.from(head.slice(i * L, (i + 1) * L));
      expect(row.indexOf(Math.max(...row))).toBe(L - 1 - i);
      expect(row[L - 1 - i]).toBeGreaterThan(0.5);
    }
    trainer.dispose();
  }, 120_000);

  it('cannot reverse without positions (the same steps leave it far from solved)', async () => {
    const trainer = new LabTrainer(tf, { ...reverse, positions: 'none' });
    const metrics = await trainer.train(fixedSteps);
    expect(metrics.accuracy).toBeLessThan(0.6);
    trainer.dispose();
  }, 120_000);

  it('keeps the tensor count flat across 500 training steps and frees everything on dispose', async () => {
    const before = tf.memory().numTensors;
    const trainer = new LabTrainer(tf, { ...reverse, batch: 4, attentionOnly: false });
    // Adam creates its moment variables on the first step.
    await trainer.train(1);
    const afterFirst = tf.memory().numTensors;
    await trainer.train(500, [[0]]);
    await trainer.probe([1, 2, 3, 4, 5, 6]);
    expect(tf.memory().numTensors).toBe(afterFirst);
    trainer.dispose();
    expect(tf.memory().numTensors).toBe(before);
  }, 300_000);

  it('resumes from saved weights: the same predictions as the model that was saved', async () => {
    const trainer = new LabTrainer(tf, reverse);
    await trainer.train(30);
    const saved = { weights: await trainer.weights(), step: trainer.step };
    const first = await trainer.probe([3, 1, 4, 1, 5, 7]);
    trainer.dispose();
    const resumed = new LabTrainer(tf, reverse, saved);
    expect(resumed.step).toBe(30);
    const again = await resumed.probe([3, 1, 4, 1, 5, 7]);
    expect(again.prediction).toEqual(first.prediction);
    expect(Array.from(again.weights[0])).toEqual(Array.from(first.weights[0]));
    resumed.dispose();
  }, 120_000);

  it("resumes with Adam's state as if it never stopped (to float32 rounding), and not without it", async () => {
    const straight = new LabTrainer(tf, reverse);
    await straight.train(40);
    const want = await straight.weights();
    straight.dispose();

    const first = new LabTrainer(tf, reverse);
    await first.train(20);
    const optimizer = await first.optimizerState();
    const saved = { weights: await first.weights(), step: first.step, optimizer };
    first.dispose();
    expect(optimizer?.iterations).toBe(20);
    // A file's JSON round trip, as a save and an import do.
    const copy = JSON.parse(JSON.stringify(saved)) as typeof saved;

    const resumed = await LabTrainer.resume(tf, reverse, copy);
    await resumed.train(20);
    const warm = maxDifference(await resumed.weights(), want);
    resumed.dispose();

    // Cold Adam (zero moments, bias correction from step 1) takes different steps.
    const cold = await LabTrainer.resume(tf, reverse, { ...copy, optimizer: undefined });
    await cold.train(20);
    const coldDifference = maxDifference(await cold.weights(), want);
    cold.dispose();
    // Not bit-exact: tfjs' Adam recomputes beta^t with pow where the uninterrupted run
    // multiplied it step by step, and float32 rounding differs in the last bits.
    expect(warm).toBeLessThan(2e-3);
    expect(coldDifference).toBeGreaterThan(20 * warm);
  }, 120_000);

  it('has no Adam state before the first step', async () => {
    const trainer = new LabTrainer(tf, reverse);
    expect(await trainer.optimizerState()).toBeUndefined();
    trainer.dispose();
  });
});

function maxDifference(a: Record<string, number[]>, b: Record<string, number[]>): number {
  let most = 0;
  for (const name of Object.keys(b)) {
    b[name].forEach((value, i) => (most = Math.max(most, Math.abs(value - a[name][i]))));
  }
  return most;
}
