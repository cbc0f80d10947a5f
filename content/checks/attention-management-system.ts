import { expect } from 'vitest';
import type { TableDisplay } from '@/lib/runtime/displays';
import { displays, heatmapWithId, lines, matrix, seriesOf, type DemoResults } from './helpers';

// Question 2: the focus-session simulator, notifications live versus held until a break.
export default function check([simulator]: DemoResults) {
  const chart = lines([simulator]).find((l) => l.id === 'attention-score-over-the-session');
  expect(chart).toBeDefined();
  const { live, focus } = seriesOf(chart!, ['live', 'focus']);
  expect(live).toHaveLength(60);
  expect(focus).toHaveLength(60);
  for (const s of [...live, ...focus]) expect(s >= 0 && s <= 1).toBe(true);

  // "The two lines match until the first message at minute 6."
  expect(live.slice(0, 6)).toEqual(focus.slice(0, 6));
  expect(live[6]).toBeLessThan(focus[6]);
  // "The live session dips at every message."
  for (const m of [6, 14, 22, 39, 47, 55]) expect(live[m]).toBeLessThan(live[m - 1]);
  // "Focus mode climbs steadily through the first half-hour and loses focus only at the
  // planned break (in at 30, back at 34) and at the last minute."
  const drops = focus.flatMap((s, m) => (m > 0 && s < focus[m - 1] ? [m] : []));
  expect(drops).toEqual([30, 34, 59]);

  // "Focus mode has far more focused minutes, and a longest stretch several times as long."
  const table = displays([simulator]).find((d): d is TableDisplay => d.kind === 'table')!;
  // Columns: schedule, focused minutes, longest stretch, mean score.
  expect(table.columns).toHaveLength(4);
  const [liveRow, focusRow] = table.rows;
  expect(liveRow[1]).toBe(live.filter((s) => s >= 0.6).length);
  expect(Number(focusRow[1])).toBeGreaterThan(Number(liveRow[1]) + 10);
  expect(Number(focusRow[2])).toBeGreaterThanOrEqual(3 * Number(liveRow[2]));

  // "Each column is lit in one row only, and the chat row only during the two replies."
  const heat = heatmapWithId([simulator], 'score-by-activity-notifications-live');
  expect(heat.shape).toEqual([3, 60]);
  // Rows: report, email, chat (worded in the page's language).
  expect(heat.rowLabels).toHaveLength(3);
  const rows = matrix(heat);
  for (let m = 0; m < 60; m++) {
    const lit = rows.filter((row) => row[m] > 0);
    expect(lit).toHaveLength(1);
    expect(lit[0][m]).toBeCloseTo(live[m], 5);
  }
  const chatMinutes = rows[2].flatMap((v, m) => (v > 0 ? [m] : []));
  expect(chatMinutes).toEqual([14, 15, 47, 48]);
}
