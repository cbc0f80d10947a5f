import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import { describe, expect, it } from 'vitest';
import { presets } from './presets';
import { LabTrainer, type TrainerStart } from './trainer';

// A paused or restored model may move to another backend: the page reads its weights and Adam's
// state back as plain arrays and the worker builds it again there. The run must go on as if it
// had stayed: the same losses, step by step, to float rounding.

const config = { ...presets.reverse, attentionOnly: false };

async function losses(trainer: LabTrainer, count: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push((await trainer.train(1, [], false)).loss);
  return out;
}

async function on(backend: string) {
  await tf.setBackend(backend);
  await tf.ready();
  expect(tf.getBackend()).toBe(backend);
}

describe('moving a model to another backend', () => {
  it('continues on wasm with the loss trajectory it had on cpu', async () => {
    await on('cpu');
    const first = new LabTrainer(tf, config);
    await first.train(30);
    // What the page keeps: plain arrays, through JSON as a save would.
    const saved = JSON.parse(
      JSON.stringify({
        weights: await first.weights(),
        step: first.step,
        optimizer: await first.optimizerState(),
      }),
    ) as TrainerStart;
    const stayed = await losses(first, 20);
    first.dispose();

    await on('wasm');
    const moved = await LabTrainer.resume(tf, config, saved);
    expect(moved.step).toBe(30);
    const after = await losses(moved, 20);
    moved.dispose();

    expect(after).toHaveLength(stayed.length);
    // The backends round differently in the last bits of float32; nothing more.
    after.forEach((loss, i) =>
      expect(Math.abs(loss - stayed[i]), `step ${31 + i}`).toBeLessThan(1e-4 * stayed[i]),
    );

    // Not a run that restarted: a fresh model from the same settings is far from that loss.
    await on('cpu');
    const fresh = new LabTrainer(tf, config);
    const cold = await losses(fresh, 1);
    fresh.dispose();
    expect(cold[0] - after[0]).toBeGreaterThan(1);
  }, 120_000);
});
