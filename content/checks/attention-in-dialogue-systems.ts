import { expect } from 'vitest';
import {
  consoleText,
  expectRowsSumToOne,
  heatmapWithId,
  matrix,
  mostAttended,
  type DemoResults,
} from './helpers';

// Question 23: head 1 resolves "it" to the noun it refers to, head 2 prefers the latest turn, and
// the history's padding gets zero weight in every head.
export default function check([demo]: DemoResults) {
  const cases = [
    { title: 'dialogue-1', referent: 'table', turn1: 5, real: 10 },
    { title: 'dialogue-2', referent: 'jazz', turn1: 3, real: 7 },
  ];
  for (const { title, referent, turn1, real } of cases) {
    const map = heatmapWithId([demo], title);
    expect(map.shape).toEqual([2, 3, 10]);
    expect(map.headLabels).toHaveLength(2);
    const it = (map.rowLabels ?? []).indexOf('it');
    expect(it).toBe(1);
    const head1 = matrix(map, 0);
    const head2 = matrix(map, 1);
    expectRowsSumToOne(head1);
    expectRowsSumToOne(head2);

    // Head 1: "it" attends most to its referent.
    expect(mostAttended(map, it, 0)).toBe(referent);
    // Head 2: every current token puts most of its weight on turn 2.
    for (const row of head2) {
      const onTurn2 = row.slice(turn1, real).reduce((a, b) => a + b, 0);
      expect(onTurn2).toBeGreaterThan(0.5);
    }
    // Padding: exactly zero weight in both heads, and drawn masked.
    const pads = (map.colLabels ?? []).flatMap((w, j) => (w === '<pad>' ? [j] : []));
    expect(pads).toHaveLength(10 - real);
    for (const row of [...head1, ...head2]) for (const j of pads) expect(row[j]).toBe(0);
    expect(Array.from(map.mask ?? []).filter((m) => m === 1)).toHaveLength(pads.length * 6);
  }
  // Dialogue 1: "table" beats "restaurant" for "it" because it was said more recently.
  const first = heatmapWithId([demo], 'dialogue-1');
  const labels = first.colLabels ?? [];
  const itRow = matrix(first, 0)[1];
  expect(itRow[labels.indexOf('table')]).toBeGreaterThan(itRow[labels.indexOf('restaurant')]);

  expect(consoleText([demo])).toContain('output [2,3,8]');
}
