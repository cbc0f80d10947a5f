import { describe, expect, it } from 'vitest';
import { defaultConfig } from './config';
import { initialValues } from './model';
import { exportLabModel, readLabModel } from './modelFile';
import { problemEnglish } from './problemEnglish';

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
    // The default model: vocabulary 8, width 32, so the embedding is 8 x 32 = 256 numbers.
    expect(!read.ok && read.problem).toEqual({
      code: 'lab.problem.fileShape',
      params: { path: 'weights.embed', got: 3, want: 256, shape: '8, 32' },
    });
    expect(!read.ok && read.problem && problemEnglish(read.problem)).toBe(
      'weights.embed has 3 numbers, expected 256 (shape [8, 32])',
    );
    const badHeads = JSON.parse(good());
    badHeads.config.heads = 3;
    const heads = readLabModel(JSON.stringify(badHeads));
    expect(!heads.ok && heads.problem).toEqual({
      code: 'lab.problem.headsDivide',
      params: { width: 32, heads: 3 },
    });
    const noDate = JSON.parse(good());
    delete noDate.savedAt;
    const date = readLabModel(JSON.stringify(noDate));
    expect(!date.ok && date.problem).toEqual({
      code: 'lab.problem.fileField',
      params: { path: 'savedAt' },
    });
  });

  describe("Adam's state", () => {
    // The default model trains every parameter, so Adam has a moment for each.
    const zeros = () =>
      Object.fromEntries(Object.entries(weights).map(([n, v]) => [n, v.map(() => 0)]));
    const withAdam = () =>
      JSON.parse(
        exportLabModel({
          savedAt: 1,
          config: defaultConfig,
          step: 12,
          weights,
          optimizer: { iterations: 12, m: zeros(), v: zeros() },
          history: [],
        }),
      );

    it('round-trips with the model', () => {
      const read = readLabModel(JSON.stringify(withAdam()));
      expect(read.ok && read.file.optimizer?.iterations).toBe(12);
      expect(read.ok && read.file.optimizer?.m.embed).toHaveLength(256);
    });

    it('names a missing or wrong-sized moment, a negative second moment and a step count too high', () => {
      const detail = (file: unknown) => {
        const read = readLabModel(JSON.stringify(file));
        return !read.ok && read.problem && `${read.reason}: ${problemEnglish(read.problem)}`;
      };
      const missing = withAdam();
      delete missing.optimizer.m['layer0.fc1Weight'];
      expect(detail(missing)).toBe('invalid: optimizer.m.layer0.fc1Weight is missing');
      const short = withAdam();
      short.optimizer.v.unembedBias = [0];
      expect(detail(short)).toBe(
        'invalid: optimizer.v.unembedBias has 1 numbers, expected 8 (shape [8])',
      );
      const negative = withAdam();
      negative.optimizer.v.embed[3] = -1;
      expect(detail(negative)).toBe(
        'invalid: the field optimizer.v.embed.3 is missing or not valid',
      );
      const ahead = withAdam();
      ahead.optimizer.iterations = 13;
      expect(detail(ahead)).toBe('invalid: optimizer.iterations, 13, is more than the step, 12');
    });
  });
});
