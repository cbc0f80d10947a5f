import { describe, expect, it } from 'vitest';
import { answerFor, taskStream } from './tasks';

describe('lab tasks', () => {
  it('answers hand-worked sequences', () => {
    expect(answerFor('copy', [3, 1, 2]).y).toEqual([3, 1, 2]);
    expect(answerFor('reverse', [3, 1, 2]).y).toEqual([2, 1, 3]);
    expect(answerFor('sort', [3, 1, 2]).y).toEqual([1, 2, 3]);
    expect(answerFor('shift', [3, 1, 2])).toEqual({ y: [0, 3, 1], scored: [0, 1, 1] });
    // Pairs 4->7, 2->5, then the query 2: the value after the earlier 2.
    expect(answerFor('recall', [4, 7, 2, 5, 2])).toEqual({
      y: [0, 0, 0, 0, 5],
      scored: [0, 0, 0, 0, 1],
    });
  });

  it('draws the same batches from the same seed, within the vocabulary', () => {
    const a = taskStream('reverse', 6, 8, 42)(4);
    const b = taskStream('reverse', 6, 8, 42)(4);
    expect(a.inputs).toEqual(b.inputs);
    expect(Math.max(...a.inputs)).toBeLessThan(8);
    for (let r = 0; r < 4; r++) {
      const x = Array.from(a.inputs.slice(r * 6, r * 6 + 6));
      expect(Array.from(a.targets.slice(r * 6, r * 6 + 6))).toEqual([...x].reverse());
    }
  });

  it('recall examples have distinct keys and score only the query', () => {
    const batch = taskStream('recall', 9, 8, 7)(20);
    for (let r = 0; r < 20; r++) {
      const x = Array.from(batch.inputs.slice(r * 9, r * 9 + 9));
      const keys = [x[0], x[2], x[4], x[6]];
      expect(new Set(keys).size).toBe(4);
      expect(keys).toContain(x[8]);
      const value = x[keys.indexOf(x[8]) * 2 + 1];
      expect(batch.targets[r * 9 + 8]).toBe(value);
      expect(Array.from(batch.scored.slice(r * 9, r * 9 + 9))).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1]);
    }
  });
});
