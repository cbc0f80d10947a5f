import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectedOutputs } from '@/lib/practice/grading/runCase';
import { drillById, drillCases, drills } from './catalog';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const ids = drills.map((d) => d.id);
const hiddenShapes = (id: string, seed: number) =>
  JSON.stringify(
    drillCases(id, seed)
      .filter((c) => c.hidden)
      .map((c) => c.inputs.map((i) => i.shape)),
  );

describe.each(ids)('%s cases', (id) => {
  it('has at least 2 fixed visible cases first, then at least 3 hidden ones', () => {
    const cases = drillCases(id, 1);
    const visible = cases.filter((c) => !c.hidden);
    expect(visible.length).toBeGreaterThanOrEqual(2);
    expect(cases.filter((c) => c.hidden).length).toBeGreaterThanOrEqual(3);
    expect(cases.slice(0, visible.length).every((c) => !c.hidden)).toBe(true);
    // Visible cases do not depend on the seed: the learner can see and rerun them.
    expect(drillCases(id, 2).slice(0, visible.length)).toEqual(visible);
  });

  it('draws the hidden cases from the seed: same seed, same cases; new seed, new shapes', () => {
    expect(drillCases(id, 42)).toEqual(drillCases(id, 42));
    expect(hiddenShapes(id, 1)).not.toEqual(hiddenShapes(id, 2));
  });

  it('gives data that fits each shape, and references that accept every case', async () => {
    for (let seed = 0; seed < 25; seed++) {
      for (const drillCase of drillCases(id, seed)) {
        for (const input of drillCase.inputs) {
          expect(input.data.length).toBe(input.shape.reduce((a, b) => a * b, 1));
        }
        const before = tf.memory().numTensors;
        const { outputs } = await expectedOutputs(tf, drillById(id)!, drillCase);
        expect(tf.memory().numTensors).toBe(before);
        for (const out of outputs) expect(Array.from(out.data).some(Number.isNaN)).toBe(false);
      }
    }
  });
});

describe('edge shapes in the hidden cases', () => {
  const shapesOf = (id: string, input: string) =>
    drillCases(id, 7)
      .filter((c) => c.hidden)
      .map((c) => c.inputs.find((i) => i.name === input)!.shape);

  it('include length 1, batch 1, L != S and a padding row that leaves one step', () => {
    expect(shapesOf('causal-attention', 'q')).toContainEqual([1, 1, expect.any(Number)]);
    const causal = drillCases('causal-attention', 7).filter((c) => c.hidden);
    expect(causal.some((c) => c.inputs[0].shape[1] !== c.inputs[1].shape[1])).toBe(true);
    expect(shapesOf('lstm', 'x').some((s) => s[1] === 1)).toBe(true);
    expect(shapesOf('masked-softmax', 'logits').some((s) => s[2] === 1)).toBe(true);
    const pooling = drillCases('attention-pooling', 7).filter((c) => c.hidden);
    const masks = pooling.map((c) => c.inputs.find((i) => i.name === 'mask')!);
    const rowsWithOneStep = masks.flatMap((m) => {
      const T = m.shape[1];
      return Array.from(
        { length: m.shape[0] },
        (_, b) =>
          Array.from(m.data)
            .slice(b * T, (b + 1) * T)
            .filter((x) => x === 0).length,
      ).filter((open) => open === 1 && T > 1);
    });
    expect(rowsWithOneStep.length).toBeGreaterThan(0);
  });
});
