import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { setupCpuBackend } from '@/lib/testing/testUtils';
import { defaultConfig } from './config';
import { trainHandler } from './trainHandler';
import type { TrainParams } from './trainKind';

setupCpuBackend();

const facts = { backend: 'cpu', firstRunOnBackend: false };
const startup = { workerStartMs: 0, backendMs: 0 };
const ask = (params: TrainParams) => trainHandler.handle('', params, tf, facts, startup);

describe("the worker's train handler", () => {
  it('answers a config that cannot train with a code the page words, and its English', async () => {
    const r = await ask({ action: 'init', config: { ...defaultConfig, heads: 3 } });
    expect(r.ok).toBe(false);
    expect(r.problem).toEqual({ code: 'lab.problem.headsDivide', params: { width: 32, heads: 3 } });
    expect(r.error).toBe('the width, 32, is not divisible by the 3 heads');
  });

  it('names a setting out of range by its key, for the page to show its label', async () => {
    const r = await ask({ action: 'init', config: { ...defaultConfig, layers: 9 } });
    expect(r.problem).toEqual({
      code: 'lab.problem.field',
      params: { field: 'layers', value: '9' },
    });
  });

  it('says, as a code, that there is no model to train before one is built', async () => {
    const r = await ask({ action: 'train', budgetMs: 0, probe: [0, 1, 2, 3, 4, 5], headsOff: [] });
    expect(r.problem).toEqual({ code: 'lab.problem.noModel' });
  });

  it("names a saved model's missing Adam moment as a code", async () => {
    const r = await ask({
      action: 'init',
      config: defaultConfig,
      start: { weights: {}, step: 3, optimizer: { iterations: 3, m: {}, v: {} } },
    });
    expect(r.problem).toEqual({ code: 'lab.problem.optimizerMoment', params: { name: 'embed' } });
  });
});
