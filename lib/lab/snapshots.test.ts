import { describe, expect, it } from 'vitest';
import { defaultConfig } from './config';
import { initialValues } from './model';
import { exportLabModel, readLabModel } from './modelFile';
import { problemEnglish } from './problemEnglish';
import {
  evenlyPicked,
  maxSavedSnapshots,
  maxSavedSnapshotValues,
  snapshotsForFile,
  snapshotsFromFile,
  type Snapshot,
} from './snapshots';

/** A snapshot of a model with `layers` layers of `heads` heads on length L, weights 1/L. */
function snapshot(step: number, layers: number, heads: number, L: number): Snapshot {
  return {
    step,
    probe: {
      input: Array.from({ length: L }, (_, i) => i % 4),
      prediction: Array.from({ length: L }, () => 1),
      target: Array.from({ length: L }, () => 2),
      scored: Array.from({ length: L }, () => 1),
      weights: Array.from({ length: layers }, () => new Float32Array(heads * L * L).fill(1 / L)),
    },
  };
}

describe('saved snapshots', () => {
  it('picks evenly, first and last kept', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    expect(evenlyPicked(items, 4)).toEqual([0, 3, 6, 9]);
    expect(evenlyPicked(items, 1)).toEqual([9]);
    expect(evenlyPicked(items, 20)).toEqual(items);
  });

  it('keeps every snapshot of a short run, rounded to four significant digits', () => {
    const saved = snapshotsForFile([snapshot(0, 1, 2, 6), snapshot(10, 1, 2, 6)]);
    expect(saved.map((s) => s.step)).toEqual([0, 10]);
    // 1/6 = 0.16666...; four significant digits.
    expect(saved[1].weights[0][0]).toBe(0.1667);
    const back = snapshotsFromFile(saved);
    expect(back[1].probe.weights[0]).toBeInstanceOf(Float32Array);
    expect(back[1].probe.weights[0][5]).toBeCloseTo(0.1667, 6);
  });

  it('thins a long run of small snapshots to the count bound, spanning the run', () => {
    const run = Array.from({ length: 120 }, (_, i) => snapshot(i * 10, 1, 1, 6));
    const saved = snapshotsForFile(run);
    expect(saved).toHaveLength(maxSavedSnapshots);
    expect(saved[0].step).toBe(0);
    expect(saved.at(-1)?.step).toBe(1190);
  });

  it('thins the largest model by its number of values', () => {
    // 4 layers x 8 heads x 16 x 16 = 8192 weights per snapshot.
    const run = Array.from({ length: 120 }, (_, i) => snapshot(i, 4, 8, 16));
    const saved = snapshotsForFile(run);
    const values = saved.reduce((n, s) => n + s.weights.flat().length, 0);
    expect(values).toBeLessThanOrEqual(maxSavedSnapshotValues);
    expect(saved.length).toBe(Math.floor(maxSavedSnapshotValues / 8192));
    expect(saved.at(-1)?.step).toBe(119);
  });

  describe('in a model file', () => {
    const weights = Object.fromEntries(
      [...initialValues(defaultConfig)].map(([name, values]) => [name, Array.from(values)]),
    );
    // The default model: 1 layer, 2 heads, length 6.
    const file = (snapshots: unknown) =>
      JSON.stringify({
        ...JSON.parse(
          exportLabModel({ savedAt: 1, config: defaultConfig, step: 20, weights, history: [] }),
        ),
        snapshots,
      });
    const good = () => snapshotsForFile([snapshot(0, 1, 2, 6), snapshot(20, 1, 2, 6)]);

    it('round-trips', () => {
      const read = readLabModel(file(good()));
      expect(read.ok && read.file.snapshots?.map((s) => s.step)).toEqual([0, 20]);
    });

    it('names a snapshot that does not fit the model', () => {
      const detail = (snapshots: unknown) => {
        const read = readLabModel(file(snapshots));
        return !read.ok && read.problem && `${read.reason}: ${problemEnglish(read.problem)}`;
      };
      const wrongLayers = good();
      wrongLayers[1].weights.push(wrongLayers[1].weights[0]);
      expect(detail(wrongLayers)).toBe('invalid: snapshots.1.weights has 2 layers, expected 1');
      const wrongHeads = good();
      wrongHeads[0].weights[0] = wrongHeads[0].weights[0].slice(36);
      // 2 heads x 6 x 6 = 72 weights per layer.
      expect(detail(wrongHeads)).toBe('invalid: snapshots.0.weights.0 has 36 numbers, expected 72');
      const later = good();
      later[1].step = 21;
      expect(detail(later)).toBe("invalid: snapshots.1.step, 21, is after the model's step, 20");
      const badToken = good();
      badToken[0].prediction[2] = 8;
      expect(detail(badToken)).toBe(
        'invalid: snapshots.0.prediction has a token outside the vocabulary of 8',
      );
      const notWeight = good();
      notWeight[0].weights[0][3] = 1.5;
      expect(detail(notWeight)).toBe(
        'invalid: the field snapshots.0.weights.0.3 is missing or not valid',
      );
      const tooMany = Array.from({ length: maxSavedSnapshots + 1 }, () => good()[0]);
      expect(detail(tooMany)).toBe('invalid: the field snapshots is missing or not valid');
    });
  });
});
