import { expect } from 'vitest';
import type { ExecuteResult } from '@/lib/runtime/execute';
import type { TableDisplay } from '@/lib/runtime/displays';
import {
  consoleText,
  expectRowsSumToOne,
  heatmaps,
  heatmapTitled,
  lines,
  matrix,
  mostAttended,
  tableTitled,
} from './checks/helpers';

/**
 * What each spot-the-bug's fixed code must show, keyed `${page slug}:${bug id}`: the property
 * its explanation promises. content/bugs.test.ts runs every check on the fixed code (it must
 * pass) and on the buggy code (it must fail), so a bug that stops mattering is noticed.
 */
export type BugCheck = (result: ExecuteResult) => void;

const titled = (result: ExecuteResult, title: string) => heatmapTitled([result], title);
const onlyHeatmap = (result: ExecuteResult) => {
  const [first] = heatmaps([result]);
  expect(first, 'the code shows no heatmap').toBeDefined();
  return first;
};
const titledRowsSumToOne = (title: string) => (result: ExecuteResult) =>
  expectRowsSumToOne(matrix(titled(result, title)));

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
  'attention-basics:integer-division-scale': titledRowsSumToOne('weights'),
  'attention-flow-in-nlp:integer-division-flow-scale': titledRowsSumToOne(
    'context-to-query weights',
  ),
  'attention-management-system:cumulative-notification-count': (result) => {
    const [score] = lines([result]);
    const v = score.series[0].values;
    // After the notification at minute 11 the score recovers by the page's rule: each quiet
    // minute closes 15% of the gap to full focus.
    expect(v[10]).toBeLessThan(v[9]);
    expect(v[11]).toBeCloseTo(v[10] + 0.15 * (1 - v[10]), 9);
  },
  'evaluating-attention-models:auc-from-hard-labels': (result) => {
    const table = result.displays.find((d): d is TableDisplay => d.kind === 'table');
    // 15 of the 16 (positive, negative) pairs are ordered correctly by the scores.
    expect(table?.rows.find((r) => r[0] === 'ROC AUC')?.[1]).toBe(15 / 16);
  },
  'self-attention:softmax-over-queries': titledRowsSumToOne('weights'),
  'self-attention-vs-cnn:channels-as-sequence': (result) => {
    const h = titled(result, 'Patch attention');
    expect(h.shape).toEqual([16, 16]);
    expectRowsSumToOne(matrix(h));
  },
  'multi-head-attention:value-projection-too-wide': (result) => {
    expect(titled(result, 'layer output').shape).toEqual([4, 8]);
  },
  'attention-allocation-resources:softmax-overflow': (result) => {
    const [shares] = matrix(titled(result, 'shares of 10 CPU-hours'));
    expect(shares.every(Number.isFinite)).toBe(true);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(10, 4);
  },
  'attention-allocation-in-rl:softmax-over-size-one-axis': titledRowsSumToOne('policy'),
  'attention-in-recommender-systems:concat-scorer-size': (result) => {
    const h = titled(result, 'weights over the history');
    expect(h.shape).toEqual([1, 6]);
    expectRowsSumToOne(matrix(h));
  },
  'attention-in-text-generation:mask-blocks-diagonal': (result) => {
    const m = matrix(titled(result, 'causal weights'));
    expectRowsSumToOne(m);
    // Each token sees itself: the first row is all on the first token.
    expect(m[0]).toEqual([1, 0, 0, 0]);
  },
  'attention-in-text-generation:mask-after-softmax': (result) => {
    const m = matrix(titled(result, 'causal weights'));
    expectRowsSumToOne(m);
    m.forEach((row, i) => row.forEach((w, j) => j > i && expect(w).toBe(0)));
  },
  'attention-in-image-classification:linear-on-pooled-map': (result) => {
    const h = titled(result, 'Channel weights');
    expect(h.shape).toEqual([1, 4]);
    const [[fur, whiskers, sky, grass]] = matrix(h);
    expect(Math.min(fur, whiskers)).toBeGreaterThan(Math.max(sky, grass));
  },
  'attention-in-knowledge-graphs:unmasked-non-edges': (result) => {
    const h = titled(result, 'neighbour weights');
    const m = matrix(h);
    expectRowsSumToOne(m);
    // Physics, Paris and Warsaw are linked only to Marie Curie (and themselves).
    for (const [row, col] of [
      [1, 2],
      [1, 3],
      [2, 1],
      [2, 3],
      [3, 1],
      [3, 2],
    ]) {
      expect(m[row][col]).toBe(0);
    }
  },
  'attention-in-sequence-labelling:time-major-as-batch': (result) => {
    const m = matrix(titled(result, 'sentence 1'));
    // 'alice' and 'bob' have the same features, so 'alice' weighs them equally, and 'met'
    // attends most to itself.
    expect(m[0][0]).toBeCloseTo(m[0][2], 6);
    expect(m[1][1]).toBeGreaterThan(Math.max(m[1][0], m[1][2]));
  },
  'attention-in-audio-processing:softmax-over-size-one': titledRowsSumToOne('Time weights'),
  'attention-in-dialogue-systems:history-padding-unmasked': (result) => {
    const h = titled(result, 'dialogue 2');
    for (const head of [0, 1]) {
      const m = matrix(h, head);
      expectRowsSumToOne(m);
      expectColumnsZero(m, [2]);
    }
  },
  'attention-in-sentiment-analysis:inverted-padding-mask': (result) => {
    const m = matrix(titled(result, 'weights over words'));
    expectRowsSumToOne(m);
    // Review 1 has two words and three pads.
    expectColumnsZero([m[0]], [2, 3, 4]);
  },
  'attention-in-financial-risk:softmax-across-accounts': (result) => {
    expectRowsSumToOne(matrix(onlyHeatmap(result)));
  },
  'attention-in-video-surveillance:pool-over-space': (result) => {
    const h = titled(result, 'Where it changed');
    // One map per frame that keeps every position of the 8x8 grid.
    expect(h.shape).toEqual([2, 8, 8]);
  },
  'attention-in-image-recognition:map-times-map': (result) => {
    // The map rescales the three colour channels; it does not replace them.
    expect(consoleText([result])).toContain('refined features [1,3,8,8]');
  },
  'attention-in-video-analysis:frames-stacked-time-first': (result) => {
    const h = titled(result, 'weights');
    // One row per clip (2), one weight per frame (5), each clip's weights a distribution.
    expect(h.shape).toEqual([2, 5]);
    expectRowsSumToOne(matrix(h));
  },
  'attention-in-image-segmentation:gate-times-gate': (result) => {
    const m = matrix(titled(result, 'Gated skip features'));
    const blob = (r: number, c: number, r0: number) =>
      r >= r0 && r <= r0 + 1 && c >= r0 && c <= r0 + 1;
    m.forEach((row, r) =>
      row.forEach((v, c) => {
        // The gate scales the skip features, so where they are zero the result is exactly zero.
        if (!blob(r, c, 1) && !blob(r, c, 3)) expect(v).toBe(0);
      }),
    );
    // The look-alike blob is damped, not erased; the organ keeps more.
    expect(m[3][3]).toBeGreaterThan(0);
    expect(m[1][1]).toBeGreaterThan(m[3][3]);
  },
  'grouped-query-attention:kv-heads-tiled': (result) => {
    const h = titled(result, 'Which key each query head picks');
    expectRowsSumToOne(matrix(h));
    // Query heads 0 and 1 share KV head 0, which singles out 'cat'; heads 2 and 3 share KV head
    // 1, which singles out 'mat' (score 3 / sqrt(2) against 0 for the other two keys).
    expect([0, 1, 2, 3].map((row) => mostAttended(h, row))).toEqual(['cat', 'cat', 'mat', 'mat']);
    const top = Math.exp(3 / Math.SQRT2) / (Math.exp(3 / Math.SQRT2) + 2);
    expect(matrix(h)[0][0]).toBeCloseTo(top, 5);
  },
  'flash-attention:online-softmax-no-rescale': (result) => {
    const m = matrix(titled(result, 'Weights rebuilt from the logsumexp'));
    // Weights rebuilt as exp(s - logsumexp) are a distribution only if the logsumexp is right.
    expectRowsSumToOne(m);
    const expected = softmaxRow([1, 0.5, 2.5, 1, 4, 0.2, 3.5, 1.5]);
    m[0].forEach((w, i) => expect(w).toBeCloseTo(expected[i], 5));
  },
  'attention-in-medical-diagnosis:inverted-padding-mask': (result) => {
    const m = matrix(onlyHeatmap(result));
    expectRowsSumToOne(m);
    // Patient A's fourth slot is padding.
    expect(m[0][3]).toBe(0);
  },
  'kv-cache:top-left-decode-mask': (result) => {
    const m = matrix(titled(result, 'Decode step: weights of the new token'));
    // One new query over the four cached keys, its own included.
    expect([m.length, m[0].length]).toEqual([1, 4]);
    expectRowsSumToOne(m);
    // The newest token comes last, so causality blocks none of the cache: every key gets weight.
    for (const w of m[0]) expect(w).toBeGreaterThan(0);
  },
  'positional-information:rope-offset-restarts': (result) => {
    // The decode step's query is the fifth token: its weights are full attention's last row.
    const [full] = matrix(titled(result, 'Full sequence: last row'));
    const [step] = matrix(titled(result, 'Decode step with a cache'));
    expectRowsSumToOne([full, step]);
    full.forEach((w, j) => expect(Math.abs(w - step[j])).toBeLessThan(1e-5));
  },
  'transformer-block:residual-from-normalized': (result) => {
    // The block written by hand is transformerBlock's pre-LN block: the same numbers.
    const table = tableTitled([result], 'Pre-LN block by hand');
    const [[gap]] = table.rows;
    expect(Number(gap)).toBeLessThan(1e-5);
  },
  'long-context-attention:total-sum-not-prefix-sum': (result) => {
    const output = matrix(titled(result, 'Causal linear attention output'));
    const values = matrix(titled(result, 'Values'));
    // The first token sees only its own key, so its weight is 1 and its output is its value.
    values[0].forEach((v, c) => expect(Math.abs(output[0][c] - v)).toBeLessThan(1e-4));
  },
  'attention-training-dynamics:softmax-backward-diagonal-only': (result) => {
    const [byHand, byAutodiff] = matrix(titled(result, 'dL/dz'));
    byHand.forEach((x, j) => expect(Math.abs(x - byAutodiff[j])).toBeLessThan(1e-5));
    // Shifting every logit changes nothing, so the gradient over the logits sums to zero.
    expect(Math.abs(byHand.reduce((a, b) => a + b, 0))).toBeLessThan(1e-6);
  },
};
