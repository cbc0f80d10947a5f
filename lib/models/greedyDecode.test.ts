import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { greedyDecode } from './greedyDecode';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

// A bigram table over 4 tokens: row = last token, column = next token's logit.
// 0 -> 2 -> 1 -> 3, and 3 -> 3 (stop token loops on itself).
const table = [
  [0, 1, 5, 2],
  [0, 0, 1, 4],
  [1, 6, 0, 0],
  [0, 0, 0, 9],
];
const bigram = (ids: number[]) => table[ids[ids.length - 1]];

describe('greedyDecode', async () => {
  it('appends the argmax at every step and records what the model saw', async () => {
    const { ids, steps } = await greedyDecode(bigram, [0], { maxNewTokens: 3 });
    expect(ids).toEqual([0, 2, 1, 3]);
    expect(steps.map((s) => s.prefix)).toEqual([[0], [0, 2], [0, 2, 1]]);
    // Step 0: logits [0, 1, 5, 2], chosen 2: e^5 / (1 + e + e^5 + e^2), worked by hand.
    const expected = Math.exp(5) / (1 + Math.E + Math.exp(5) + Math.exp(2));
    expect(steps[0].probability).toBeCloseTo(expected, 10);
    expect(steps[0].probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('stops at the stop token and keeps it', async () => {
    const { ids, steps } = await greedyDecode(bigram, [2], { maxNewTokens: 10, stopId: 3 });
    expect(ids).toEqual([2, 1, 3]);
    expect(steps).toHaveLength(2);
  });

  it('stops after maxNewTokens without a stop token', async () => {
    expect((await greedyDecode(bigram, [3], { maxNewTokens: 4 })).ids).toEqual([3, 3, 3, 3, 3]);
    expect((await greedyDecode(bigram, [1], { maxNewTokens: 0 })).ids).toEqual([1]);
  });

  it('picks the first of tied logits', async () => {
    expect((await greedyDecode(() => [1, 3, 3], [0], { maxNewTokens: 1 })).ids).toEqual([0, 1]);
  });

  it('reads and disposes tensor logits', async () => {
    const before = tf.memory().numTensors;
    const { ids } = await greedyDecode((prefix) => tf.tensor1d(bigram(prefix)), [0], {
      maxNewTokens: 3,
    });
    expect(ids).toEqual([0, 2, 1, 3]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('does not let the model change the sequence it is given', async () => {
    const { ids } = await greedyDecode(
      (prefix) => {
        prefix.push(99);
        return [0, 1];
      },
      [0],
      { maxNewTokens: 2 },
    );
    expect(ids).toEqual([0, 1, 1]);
  });

  it('throws clear errors for bad input', async () => {
    await expect(greedyDecode(bigram, [], { maxNewTokens: 1 })).rejects.toThrow(
      /greedyDecode: prompt/,
    );
    await expect(greedyDecode(bigram, [0], { maxNewTokens: -1 })).rejects.toThrow(
      /maxNewTokens is -1/,
    );
    await expect(greedyDecode(() => [1, 2], [0], { maxNewTokens: 1, stopId: 0.5 })).rejects.toThrow(
      /stopId/,
    );
    let n = 2;
    await expect(
      greedyDecode(() => new Array<number>(n++).fill(0), [0], { maxNewTokens: 3 }),
    ).rejects.toThrow(/returned 3 logits at step 1 but expected 2/);
    await expect(greedyDecode(() => [0, Number.NaN], [0], { maxNewTokens: 1 })).rejects.toThrow(
      /logit 1/,
    );
    const before = tf.memory().numTensors;
    await expect(greedyDecode(() => tf.zeros([2, 2]), [0], { maxNewTokens: 1 })).rejects.toThrow(
      /shape \[2, 2\] at step 0 but expected a 1-D tensor/,
    );
    expect(tf.memory().numTensors).toBe(before);
  });
});
