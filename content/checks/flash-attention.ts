import { expect } from 'vitest';
import { columnsOf, heatmapWithId, lines, matrix, tableWithId, type DemoResults } from './helpers';

// The first demo's row, restated: its running max, sum and output are derived here by hand.
const scores = [2, 0.5, 3.5, 1, 6, 0.2, 5.5, 1.5];
const values = [1, -1, 2, 0, 3, -2, 1, 4];

// Question 35: the online softmax (running max and sum, rescaled) gives the whole-row softmax and
// its logsumexp; the tiled walk visits the causal tiles in order, moves 232 numbers against the
// naive 384, and flashAttention equals naive attention, output and logsumexp.
export default function check([online, tiles, traffic]: DemoResults) {
  // Online softmax.
  const steps = columnsOf(tableWithId([online], 'online-softmax-two-keys-at-a'), [
    'keysRead',
    'runningMax',
    'rescale',
    'runningSum',
    'outputSoFar',
  ]);
  expect(steps.keysRead).toEqual(['0-1', '2-3', '4-5', '6-7']);
  // The max of each prefix: 2, then 3.5, then 6, which the last pair (5.5, 1.5) does not beat.
  expect(steps.runningMax).toEqual([2, 3.5, 6, 6]);
  const rescale = steps.rescale.map(Number);
  [0, Math.exp(-1.5), Math.exp(-2.5), 1].forEach((r, i) => expect(rescale[i]).toBeCloseTo(r, 5));
  const sumAtSix = scores.reduce((a, s) => a + Math.exp(s - 6), 0);
  const sums = steps.runningSum.map(Number);
  expect(sums[3]).toBeCloseTo(sumAtSix, 5);
  // After the first pair the sum is relative to max 2: exp(0) + exp(-1.5).
  expect(sums[0]).toBeCloseTo(1 + Math.exp(-1.5), 5);
  const softmaxOutput = scores.reduce((a, s, i) => a + Math.exp(s - 6) * values[i], 0) / sumAtSix;
  expect(Number(steps.outputSoFar[3])).toBeCloseTo(softmaxOutput, 5);
  const [running] = lines([online]);
  expect(running?.id).toBe('running-max-and-sum-after-each');
  expect(running?.series.map((s) => s.values)).toEqual([steps.runningMax.map(Number), sums]);
  const versus = tableWithId([online], 'online-against-whole-row-softmax');
  // Rows: logsumexp, then the output.
  const { quantity, onlineValue, wholeRow } = columnsOf(versus, [
    'quantity',
    'onlineValue',
    'wholeRow',
  ]);
  expect(quantity[0]).toBe('logsumexp');
  const expected = [6 + Math.log(sumAtSix), softmaxOutput];
  for (const values of [onlineValue, wholeRow]) {
    expect(values).toHaveLength(2);
    values.forEach((v, i) => expect(Number(v)).toBeCloseTo(expected[i], 5));
  }

  // Tiles: 4 query blocks x 4 key/value blocks, causal, so 1 + 2 + 3 + 4 = 10 steps.
  const map = heatmapWithId([tiles], 'which-tile-is-in-fast-memory');
  expect(map.shape).toEqual([10, 4, 4]);
  expect(map.headLabels).toHaveLength(10);
  const order = [0, 1, 2, 3].flatMap((i) => Array.from({ length: i + 1 }, (_, j) => [i, j]));
  order.forEach(([i, j], step) => {
    const frame = matrix(map, step);
    const now = frame.flatMap((row, r) => row.flatMap((v, c) => (v === 2 ? [[r, c]] : [])));
    expect(now, `step ${step + 1}`).toEqual([[i, j]]);
    frame.forEach((row, r) =>
      row.forEach((v, c) => {
        // Above the diagonal: never loaded; before this step in the order: done.
        if (c > r) expect(v).toBe(-Infinity);
        else if (r * 4 + c !== i * 4 + j) expect(v).toBe(r < i || (r === i && c < j) ? 1 : 0);
      }),
    );
  });
  // Traffic by hand: per query block 8 numbers of Q in, 8 of output and 2 of logsumexp out
  // (4 x 18 = 72), per tile one K and one V block of 2 x 4 (10 x 16 = 160): 232. Naive:
  // 4Ld + 4L^2 = 128 + 256 = 384.
  const counter = tableWithId([tiles], 'slow-memory-traffic-tiled');
  // The title gives the naive count in either language.
  expect(counter.title).toContain('384');
  const moved = columnsOf(counter, ['step', 'tile', 'moved']).moved.map(Number);
  expect(moved).toHaveLength(11);
  expect(moved[0]).toBe(8 + 16);
  expect(moved[10]).toBe(232);
  for (let s = 1; s < moved.length; s++) expect(moved[s]).toBeGreaterThan(moved[s - 1]);
  const equality = tableWithId([tiles], 'flashattention-against-naive-attention');
  // Rows: the output tile by tile, the output in one call, the logsumexp.
  const { compared, gap } = columnsOf(equality, ['compared', 'gap']);
  expect(compared).toHaveLength(3);
  expect(compared[2]).toBe('logsumexp');
  for (const g of gap) expect(Number(g)).toBeLessThan(1e-5);

  // Traffic against length, d = 64, tiles of 128. At 1024 tokens, by hand: naive
  // 4 * 1024 * 64 + 4 * 1024^2 = 4,456,448; tiled 2 * 1024 * 64 + 8 * 2 * 1024 * 64 + 1024 =
  // 1,180,672.
  const lengths = [512, 1024, 2048, 4096, 8192, 16384];
  const sizes = tableWithId([traffic], 'flash-against-naive-one-head');
  expect(sizes.title).toMatch(/64.*128/);
  const size = columnsOf(sizes, [
    'tokens',
    'naiveTraffic',
    'flashTraffic',
    'ratio',
    'naiveScores',
    'flashScores',
  ]);
  expect(size.tokens).toEqual(lengths);
  expect(size.naiveTraffic[1]).toBe(4456448);
  expect(size.flashTraffic[1]).toBe(1180672);
  const ratios = size.ratio.map(Number);
  // Rising towards 2 x tile / d = 4, never reaching it.
  for (let i = 1; i < ratios.length; i++) expect(ratios[i]).toBeGreaterThan(ratios[i - 1]);
  expect(ratios.at(-1)!).toBeLessThan(4);
  expect(ratios.at(-1)!).toBeGreaterThan(3.9);
  expect(size.naiveScores).toEqual(lengths.map((n) => n * n));
  expect(size.flashScores).toEqual(lengths.map(() => 128 * 128));
  const [line] = lines([traffic]);
  expect(line?.x).toEqual(lengths);
  // Series: naive, then FlashAttention.
  expect(line?.series).toHaveLength(2);
  expect(line?.series[1].name).toBe('FlashAttention');
}
