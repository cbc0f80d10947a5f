import { expect } from 'vitest';
import {
  columnsOf,
  expectRowsSumToOne,
  heatmapWithId,
  lines,
  matrix,
  seriesOf,
  tableWithId,
  type DemoResults,
} from './helpers';

// Question 36: a sliding window blocks all but the last w keys (and chunks give the same output),
// a sink column stays open, causal linear attention equals its L x L and recurrent forms, and
// memory grows as L² for full attention, as L for linear attention and barely for a window.
export default function check([window, linear, tradeOff]: DemoResults) {
  const w = 4;
  const sliding = matrix(heatmapWithId([window], `sliding-window-of-${w}`));
  const sink = matrix(heatmapWithId([window], `window-of-${w}-plus-a-sink`));
  for (const m of [sliding, sink]) {
    expect(m.length).toBe(12);
    expectRowsSumToOne(m);
  }
  sliding.forEach((row, i) =>
    row.forEach((weight, j) => {
      // Open exactly for i - w < j <= i.
      if (j > i || j <= i - w) expect(weight).toBe(0);
      else expect(weight).toBeGreaterThan(0);
    }),
  );
  sink.forEach((row, i) =>
    row.forEach((weight, j) => {
      if (j > i || (j <= i - w && j !== 0)) expect(weight).toBe(0);
      else expect(weight).toBeGreaterThan(0);
    }),
  );
  const ways = tableWithId([window], 'two-ways-to-compute-the-window');
  const twoWays = columnsOf(ways, ['method', 'largest', 'difference']);
  expect(twoWays.largest).toEqual(['12 x 12', '4 x 8']);
  for (const diff of twoWays.difference) {
    expect(Number(diff)).toBeLessThan(1e-5);
  }

  const weights = matrix(heatmapWithId([linear], 'linear-attention-weights'));
  expectRowsSumToOne(weights);
  weights.forEach((row, i) => row.slice(i + 1).forEach((weight) => expect(weight).toBe(0)));
  // phi = elu + 1 is positive, so every visible key gets a positive weight.
  weights.forEach((row, i) => row.slice(0, i + 1).forEach((x) => expect(x).toBeGreaterThan(0)));
  const threeViews = tableWithId([linear], 'three-views-of-causal-linear-attention');
  const views = columnsOf(threeViews, ['compared', 'difference']).difference;
  expect(views).toHaveLength(2);
  for (const diff of views) expect(Number(diff)).toBeLessThan(1e-5);

  // Memory: facts about shapes, never times.
  const memory = lines([tradeOff]).find((l) => l.id === 'peak-tensor-memory-against-l');
  expect(memory?.x).toEqual([32, 64, 128, 256]);
  // Series by position: full causal softmax, sliding window 32, causal linear.
  const {
    full,
    windowed,
    linear: linearMemory,
  } = seriesOf(memory!, ['full', 'windowed', 'linear']);
  expect(memory!.series[1].name).toContain('32');
  const MiB = 1024 ** 2;
  memory!.x!.forEach((L, i) => {
    // At least one L x L float32 matrix is alive, and at least the L x d x dv prefix states.
    expect(full[i]).toBeGreaterThanOrEqual((L * L * 4) / MiB);
    expect(linearMemory[i]).toBeGreaterThanOrEqual((L * 16 * 16 * 4) / MiB);
    // Once L >= 2w = 64, the window computes one 32 x 64 block at a time.
    if (L > 64) expect(windowed[i] / windowed[i - 1]).toBeLessThan(1.5);
    if (i > 0) {
      expect(full[i] / full[i - 1]).toBeGreaterThan(3.5); // quadratic: x4 per doubling
      expect(linearMemory[i] / linearMemory[i - 1]).toBeCloseTo(2, 1); // linear: x2
    }
  });
  // The crossover the text describes: linear is dearer up to 128, cheaper at 256.
  for (const i of [0, 1, 2]) expect(linearMemory[i]).toBeGreaterThan(full[i]);
  expect(linearMemory[3]).toBeLessThan(full[3]);
  // "about 1.46 MiB against 1.56" at L = 256.
  expect(Math.abs(linearMemory[3] - 1.46)).toBeLessThan(0.01);
  expect(Math.abs(full[3] - 1.56)).toBeLessThan(0.01);
  expect(windowed[3]).toBeLessThan(full[3] / 10);
  // Times are shown for every method and length, but never compared.
  const time = lines([tradeOff]).find((l) => l.id === 'time-of-one-warm-call-against');
  expect(time?.series.map((s) => s.name)).toEqual(memory!.series.map((s) => s.name));
  for (const s of time!.series) expect(s.values).toHaveLength(4);
  // The table holds the same peak memory, rounded, one row per L.
  const table = tableWithId([tradeOff], 'peak-tensor-memory-of-one-call');
  expect(table.rows.map((r) => r[0])).toEqual([32, 64, 128, 256]);
  table.rows.forEach((row, i) => expect(Number(row[1])).toBeCloseTo(full[i], 2));
}
