import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { executeCode } from '@/lib/runtime/execute';
import { sandboxGlobals } from '@/lib/runtime/sandboxGlobals';
import type { HeatmapDisplay } from '@/lib/runtime/displays';
import { examples, examplesByLocale } from './examples';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const heatmap = async (id: string) => {
  const example = examples.find((e) => e.id === id)!;
  const result = await executeCode(example.code, tf, sandboxGlobals);
  expect(result.error).toBeUndefined();
  expect(result.leakedTensors).toBe(0);
  return result.displays.filter((d): d is HeatmapDisplay => d.kind === 'heatmap').at(-1)!;
};

describe('playground examples', () => {
  it('self-attention shows 6x6 weights whose rows sum to 1', async () => {
    const map = await heatmap('self-attention');
    expect(map.shape).toEqual([6, 6]);
    for (let r = 0; r < 6; r++) {
      const sum = map.data.slice(r * 6, r * 6 + 6).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(1, 5);
    }
  });

  it('multi-head shows one map per head', async () => {
    const map = await heatmap('multi-head');
    expect(map.shape).toEqual([4, 5, 5]);
    expect(map.headLabels).toHaveLength(4);
  });

  it('the causal example puts no weight above the diagonal', async () => {
    const map = await heatmap('causal');
    const [rows, cols] = map.shape;
    for (let r = 0; r < rows; r++)
      for (let c = r + 1; c < cols; c++) expect(map.data[r * cols + c]).toBe(0);
  });

  it('CBAM looks hardest at the bright square', async () => {
    const map = await heatmap('cbam');
    const best = map.data.indexOf(Math.max(...map.data));
    const [y, x] = [Math.floor(best / 8), best % 8];
    expect(x >= 1 && x <= 3 && y >= 1 && y <= 3).toBe(true);
  });

  it('has the same programs in Chinese: same ids, same charts, same numbers', async () => {
    const zh = examplesByLocale.zh;
    expect(zh.map((e) => e.id)).toEqual(examples.map((e) => e.id));
    for (const [i, en] of examples.entries()) {
      const [a, b] = [
        await executeCode(en.code, tf, sandboxGlobals),
        await executeCode(zh[i].code, tf, sandboxGlobals),
      ];
      expect(b.error).toBeUndefined();
      const facts = (r: typeof a) =>
        r.displays.map((d) => [d.id, d.kind === 'heatmap' ? Array.from(d.data) : d.kind]);
      expect(facts(b)).toEqual(facts(a));
      // Each chart has an id, and the Chinese titles are in Chinese.
      for (const d of b.displays) {
        expect(d.id).toBeTruthy();
        expect(d.title).toMatch(/\p{Script=Han}/u);
      }
    }
  });
});
