import { describe, expect, it } from 'vitest';
import { defaultConfig } from './config';
import { initialValues } from './model';
import { exportLabModel, readLabModel } from './modelFile';

const weights = Object.fromEntries(
  [...initialValues(defaultConfig)].map(([name, values]) => [name, Array.from(values)]),
);
const good = () =>
  exportLabModel({ savedAt: 1, config: defaultConfig, step: 12, weights, history: [] });

describe('lab model files', () => {
  it('round-trips a model', () => {
    const read = readLabModel(good());
    expect(read.ok && read.file.step).toBe(12);
    expect(read.ok && read.file.config).toEqual(defaultConfig);
  });

  it('refuses what is not a lab model, with a reason', () => {
    expect(readLabModel('{oops')).toEqual({ ok: false, reason: 'not-json' });
    expect(readLabModel('{"app":"attention-atlas","kind":"progress"}')).toEqual({
      ok: false,
      reason: 'not-ours',
    });
    const newer = JSON.parse(good());
    newer.version = 99;
    expect(readLabModel(JSON.stringify(newer))).toEqual({ ok: false, reason: 'too-new' });
  });

  it('names the field that is wrong', () => {
    const shortWeights = JSON.parse(good());
    shortWeights.weights.embed = [1, 2, 3];
    const read = readLabModel(JSON.stringify(shortWeights));
    expect(read.ok).toBe(false);
    expect(!read.ok && read.detail).toMatch(/^weights\.embed: 3 numbers, expected 256/);
    const badHeads = JSON.parse(good());
    badHeads.config.heads = 3;
    const heads = readLabModel(JSON.stringify(badHeads));
    expect(!heads.ok && heads.detail).toBe('config: width 32 is not divisible by 3 heads');
  });
});
