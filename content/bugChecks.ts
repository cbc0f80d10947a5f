import { expect } from 'vitest';
import type { ExecuteResult } from '@/lib/runtime/execute';
import { expectRowsSumToOne, heatmapTitled, matrix, mostAttended } from './checks/helpers';

/**
 * What each spot-the-bug's fixed code must show, keyed `${page slug}:${bug id}`: the property
 * its explanation promises. content/bugs.test.ts runs every check on the fixed code (it must
 * pass) and on the buggy code (it must fail), so a bug that stops mattering is noticed.
 */
export type BugCheck = (result: ExecuteResult) => void;

const titled = (result: ExecuteResult, title: string) => heatmapTitled([result], title);

/** Every entry of these columns is exactly zero, in every row. */
function expectColumnsZero(m: number[][], columns: number[]) {
  for (const row of m) for (const j of columns) expect(row[j]).toBe(0);
}

/** softmax of one row, by hand: the reference the fixed code is compared with. */
function softmaxRow(row: number[]): number[] {
  const top = Math.max(...row);
  const e = row.map((x) => Math.exp(x - top));
  const total = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / total);
}

const translationEncoder = [
  [1, 0, 0, 0],
  [0, 1, 0.3, 0],
  [0, 0.3, 1, 0],
  [0, 0.2, 0, 1],
];
const translationDecoder = [
  [0.9, 0.1, 0, 0],
  [0.1, 0, 0.9, 0],
  [0, 0.9, 0.1, 0],
  [0, 0.1, 0, 0.9],
];
const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i], 0);

export const bugChecks: Record<string, BugCheck> = {
  'attention-flow-in-nlp:question-padding-bias': (result) => {
    const h = titled(result, 'context-to-query weights');
    const m = matrix(h);
    expectRowsSumToOne(m);
    expectColumnsZero(m, [3, 4]);
    expect([0, 1, 2].map((r) => mostAttended(h, r))).toEqual(['someone', 'plays', 'music']);
  },
  'evaluating-attention-models:pads-zeroed-after-softmax': (result) => {
    const [row] = matrix(titled(result, 'weights'));
    // Three words with the same score share the weight equally; the pads get none.
    row.slice(0, 3).forEach((w) => expect(w).toBeCloseTo(1 / 3, 6));
    expectColumnsZero([row], [3, 4]);
  },
  'attention-in-text-classification:mask-from-lstm-states': (result) => {
    const m = matrix(titled(result, 'weights'));
    expectRowsSumToOne(m);
    expectColumnsZero(m, [4, 5]);
  },
  'attention-in-sequence-labelling:pad-mask-on-queries': (result) => {
    expect(result.error).toBeUndefined();
    const m = matrix(titled(result, 'self-attention'));
    expectRowsSumToOne(m);
    expectColumnsZero(m, [4, 5]);
  },
  'attention-in-dialogue-systems:mask-from-the-turns': (result) => {
    const h = titled(result, 'dialogue 2');
    for (const head of [0, 1]) {
      const m = matrix(h, head);
      expectRowsSumToOne(m);
      expectColumnsZero(m, [2]);
    }
  },
  'attention-in-speech-synthesis:subtracted-pad-bias': (result) => {
    expect(result.error).toBeUndefined();
    const h = titled(result, 'alignment');
    const m = matrix(h);
    expectRowsSumToOne(m);
    expectColumnsZero(m, [2, 3]);
    expect(mostAttended(h, 0)).toBe('h');
    expect(mostAttended(h, 5)).toBe('i');
  },
  'attention-in-machine-translation:context-from-scorer-features': (result) => {
    const [weights] = matrix(titled(result, 'alignment'));
    const [context] = matrix(titled(result, 'context'));
    // The context is the weighted average of the encoder states, the values.
    const expected = [0, 1, 2, 3].map((j) =>
      weights.reduce((sum, w, i) => sum + w * translationEncoder[i][j], 0),
    );
    context.forEach((c, j) => expect(c).toBeCloseTo(expected[j], 5));
  },
  'attention-in-machine-translation:scale-outside-softmax': (result) => {
    const m = matrix(titled(result, 'alignment'));
    translationDecoder.forEach((query, r) => {
      const want = softmaxRow(translationEncoder.map((key) => dot(query, key) / Math.sqrt(4)));
      m[r].forEach((w, j) => expect(w).toBeCloseTo(want[j], 5));
    });
  },
  'attention-in-speech-recognition:normalised-over-time': (result) => {
    for (const row of matrix(titled(result, 'normalised states'))) {
      const mean = row.reduce((a, b) => a + b, 0) / row.length;
      const variance = row.reduce((a, b) => a + (b - mean) ** 2, 0) / row.length;
      expect(Math.abs(mean)).toBeLessThan(1e-5);
      expect(variance).toBeCloseTo(1, 3);
    }
    expectRowsSumToOne(matrix(titled(result, 'weights')));
  },
  'attention-in-video-generation:hand-built-causal-mask': (result) => {
    const h = titled(result, 'Temporal attention');
    for (let head = 0; head < 4; head++) {
      const m = matrix(h, head);
      expectRowsSumToOne(m);
      m.forEach((row, i) => row.forEach((w, j) => j > i && expect(w).toBe(0)));
      expect(m[0][0]).toBe(1);
    }
  },
  'attention-in-smart-recommendation:left-padded-history': (result) => {
    const h = titled(result, 'interests');
    const m = matrix(h);
    expectRowsSumToOne(m);
    expectColumnsZero(m, [0, 1, 2]);
    expect(mostAttended(h, 0)).toBe('running shoes');
    expect(mostAttended(h, 1)).toBe('sci-fi novel');
  },
};
