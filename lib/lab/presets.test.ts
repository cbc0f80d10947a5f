import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { describe, expect, it } from 'vitest';
import { setupCpuBackend } from '@/lib/testing/testUtils';
import { configProblems } from './config';
import { presets, presetIds } from './presets';
import { LabTrainer } from './trainer';

setupCpuBackend();

// Each preset's claim, trained on cpu from its own seed. The reverse preset's own success (99%
// in 100 steps, an anti-diagonal head) is in trainer.test.ts; one layer against two on
// induction (with the previous-token and induction heads) is in induction.test.ts, on a smaller
// recall task and the wasm backend.

async function accuracyAfter(config: (typeof presets)[keyof typeof presets], steps: number) {
  const trainer = new LabTrainer(tf, config);
  const { accuracy } = await trainer.train(steps);
  trainer.dispose();
  return accuracy;
}

describe('lab presets', () => {
  it('are all valid settings', () => {
    for (const id of presetIds) expect(configProblems(presets[id]), id).toEqual([]);
  });

  it('without positions a model cannot reverse: the reverse preset solves it, noPositions does not', async () => {
    expect(await accuracyAfter(presets.reverse, 100)).toBeGreaterThanOrEqual(0.99);
    expect(await accuracyAfter(presets.noPositions, 100)).toBeLessThan(0.6);
  }, 120_000);

  it('a causal model cannot reverse: the first half of the answer lies in the future', async () => {
    // Positions 0-2 must guess (1 in 8); 3-5 can see their answers: at best about 56%.
    expect(await accuracyAfter(presets.causal, 100)).toBeLessThan(0.65);
  }, 120_000);

  it('RoPE knows distances: one layer learns shift with a previous-token head, no positions cannot', async () => {
    const shift = { ...presets.reverse, task: 'shift' as const, positions: 'rope' as const };
    const trainer = new LabTrainer(tf, shift);
    const { accuracy } = await trainer.train(100);
    expect(accuracy).toBeGreaterThanOrEqual(0.99);
    // Query i (from 1 on) puts most of its weight on key i - 1: the sub-diagonal.
    const probe = await trainer.probe([3, 1, 4, 1, 5, 7]);
    const L = 6;
    for (let i = 1; i < L; i++) {
      const row = Array.from(probe.weights[0].slice(i * L, (i + 1) * L));
      expect(row.indexOf(Math.max(...row)), `query ${i}`).toBe(i - 1);
    }
    trainer.dispose();
    expect(await accuracyAfter({ ...shift, positions: 'none' }, 100)).toBeLessThan(0.6);
  }, 120_000);
});
