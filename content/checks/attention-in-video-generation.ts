import { expect } from 'vitest';
import { argmax, expectRowsSumToOne, heatmapWithId, matrix, type DemoResults } from './helpers';
import type { TableDisplay } from '@/lib/runtime/displays';

// Question 22: spatial attention within frames; causal temporal attention across frames is zero
// above the diagonal; factorising cuts the score pairs.
const ballAt = [0, 1, 2, 3];

export default function check([demo]: DemoResults) {
  const spatial = heatmapWithId([demo], 'spatial-attention-within-each-frame');
  const temporal = heatmapWithId([demo], 'causal-temporal-attention-at-each-position');
  expect(spatial.shape).toEqual([4, 4, 4]);
  expect(temporal.shape).toEqual([4, 4, 4]);
  // Frames 0 to 3; patches top-left, top-right, bottom-right, bottom-left (by position).
  expect(spatial.headLabels).toHaveLength(4);
  expect(temporal.headLabels).toHaveLength(4);

  for (let head = 0; head < 4; head++) {
    // Spatial: distributions; in frame t the ball's patch attends mostly to itself (> 0.7).
    const s = matrix(spatial, head);
    expectRowsSumToOne(s);
    const ball = ballAt[head];
    expect(argmax(s[ball])).toBe(ball);
    expect(s[ball][ball]).toBeGreaterThan(0.7);

    // Temporal: distributions, exactly zero above the diagonal, frame 0 attends only to itself.
    const m = matrix(temporal, head);
    expectRowsSumToOne(m);
    for (let i = 0; i < 4; i++) for (let j = i + 1; j < 4; j++) expect(m[i][j]).toBe(0);
    expect(m[0][0]).toBeCloseTo(1, 6);
    // The frame in which the ball arrives at this position keeps most of its weight.
    const arrival = ballAt.indexOf(head);
    expect(argmax(m[arrival])).toBe(arrival);
  }
  expect(matrix(temporal, 1)[1][1]).toBeCloseTo(0.88, 2);

  // The table: factorising halves the pairs for the toy clip; about 268M versus 17M at scale.
  const table = demo.displays.find((d): d is TableDisplay => d.kind === 'table');
  expect(table?.id).toBe('attention-score-pairs-per-layer');
  expect(table?.rows).toEqual([
    [4, 4, 16 * 16, 4 * 16 + 4 * 16],
    [16, 1024, (16 * 1024) ** 2, 16 * 1024 ** 2 + 1024 * 16 ** 2],
  ]);
}
