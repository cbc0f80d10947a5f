import { expect } from 'vitest';
import { argmax, expectRowsSumToOne, heatmapWithId, matrix, type DemoResults } from './helpers';

// Question 21: time weights find the whistle's frames, frequency weights its bands; the loud
// but steady hum gets no more frequency weight than the faint bands.
const whistleFrames = [4, 5, 6];
const whistleBands = [5, 6];
const humBands = [0, 1];

export default function check([demo]: DemoResults) {
  const spectrogram = matrix(heatmapWithId([demo], 'spectrogram'));
  const timeDisplay = heatmapWithId([demo], 'time-weights');
  const freqDisplay = heatmapWithId([demo], 'frequency-weights');
  const mapDisplay = heatmapWithId([demo], 'time-x-frequency-attention');
  expect(timeDisplay.shape).toEqual([1, 10]);
  expect(freqDisplay.shape).toEqual([1, 8]);
  expect(mapDisplay.shape).toEqual([10, 8]);
  expect(mapDisplay.colLabels?.[5]).toBe('2 kHz');

  const time = matrix(timeDisplay);
  const freq = matrix(freqDisplay);
  expectRowsSumToOne(time);
  expectRowsSumToOne(freq);

  // The hum bands carry the most energy over the clip.
  const bandMean = (f: number) => spectrogram.reduce((s, row) => s + row[f], 0) / 10;
  const loudest = argmax(Array.from({ length: 8 }, (_, f) => bandMean(f)));
  expect(humBands).toContain(loudest);

  // Whistle frames: about 0.30 each, more than 90% together.
  for (const t of whistleFrames) expect(time[0][t]).toBeCloseTo(0.304, 2);
  expect(whistleFrames.reduce((s, t) => s + time[0][t], 0)).toBeGreaterThan(0.9);
  // Whistle bands: about 0.38 each; hum bands about 0.04, the same as a faint band.
  for (const f of whistleBands) expect(freq[0][f]).toBeCloseTo(0.379, 2);
  for (const f of humBands) {
    expect(freq[0][f]).toBeCloseTo(0.04, 2);
    expect(freq[0][f]).toBeCloseTo(freq[0][3], 6);
  }

  // The combined map sums to one over all cells and peaks on a whistle cell.
  const cells = matrix(mapDisplay);
  const total = cells.flat().reduce((a, b) => a + b, 0);
  expect(total).toBeCloseTo(1, 4);
  const peak = argmax(cells.flat());
  expect(whistleFrames).toContain(Math.floor(peak / 8));
  expect(whistleBands).toContain(peak % 8);
}
