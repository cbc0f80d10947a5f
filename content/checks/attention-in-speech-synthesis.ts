import { expect } from 'vitest';
import {
  argmax,
  expectRowsSumToOne,
  heatmapWithId,
  lines,
  matrix,
  seriesOf,
  type DemoResults,
} from './helpers';

// Question 27: content-only attention versus forward attention on "banana".
export default function check([demo]: DemoResults) {
  const text = ['b', 'a', 'n', 'a', 'n', 'a'];
  const framesPerChar = [2, 3, 2, 3, 2, 4];
  const spoken = framesPerChar.flatMap((n, i) => Array<number>(n).fill(i));

  const content = heatmapWithId([demo], 'content-only-attention');
  const forward = heatmapWithId([demo], 'forward-attention');
  for (const map of [content, forward]) {
    expect(map.shape).toEqual([16, 6]);
    expect(map.colLabels).toEqual(text);
    expectRowsSumToOne(matrix(map));
  }

  // "every a frame splits its weight equally among the three a's, every n frame between the two n's"
  const c = matrix(content);
  spoken.forEach((i, t) => {
    const same = text.map((ch, j) => j).filter((j) => text[j] === text[i]);
    for (const j of same) expect(c[t][j]).toBeCloseTo(c[t][same[0]], 6);
    if (same.length > 1) expect(c[t][same[0]]).toBeLessThan(0.5);
  });

  // "at every frame the largest weight is on exactly the character being spoken"
  const f = matrix(forward);
  spoken.forEach((i, t) => expect(argmax(f[t])).toBe(i));
  // Monotonic: the alignment never puts weight behind the furthest character it had left.
  for (let t = 1; t < 16; t++) {
    const from = argmax(f[t - 1]);
    for (let j = 0; j < from; j++) expect(f[t][j]).toBeLessThan(0.01);
  }

  // The line chart: the forward curve rises with the true path; content-only is stuck mid-word.
  const chart = lines([demo]).find((l) => l.id === 'where-each-frame-attends');
  expect(chart).toBeDefined();
  const series = seriesOf(chart!, ['contentOnly', 'forward', 'spoken']);
  expect(series.spoken).toEqual(spoken);
  const fwd = series.forward;
  fwd.forEach((p, t) => expect(Math.abs(p - spoken[t])).toBeLessThan(0.2));
  for (let t = 1; t < 16; t++) expect(fwd[t]).toBeGreaterThanOrEqual(fwd[t - 1] - 1e-6);
  const stuck = series.contentOnly.slice(2);
  stuck.forEach((p) => expect(Math.abs(p - 3)).toBeLessThan(0.1));
}
