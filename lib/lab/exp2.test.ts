import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { it } from 'vitest';
import { setupCpuBackend } from '@/lib/testing/testUtils';
import { presets } from '@/lib/lab/presets';
import { LabTrainer } from '@/lib/lab/trainer';
setupCpuBackend();
it('exp', async () => {
  for (const id of ['induction2', 'induction1', 'causal', 'heads'] as const) {
    const trainer = new LabTrainer(tf, presets[id]);
    const t0 = Date.now();
    for (let c = 0; c < 8; c++) { const m = await trainer.train(50); console.log(id, JSON.stringify(m), Date.now() - t0); }
    trainer.dispose();
  }
}, 900_000);
