import { describe, expect, it } from 'vitest';
import { defaultFocusRule, simulateFocusSession, type FocusStep } from './focusSession';

describe('simulateFocusSession', () => {
  it('builds focus as 1 - 0.8^n when nothing interrupts (default rule)', () => {
    const { score, focusedMinutes, longestFocusedStretch } = simulateFocusSession({
      minutes: 6,
      startActivity: 'writing',
    });
    score.forEach((s, i) => expect(s).toBeCloseTo(1 - 0.8 ** (i + 1), 10));
    // 1 - 0.8^n >= 0.6 from n = 5 (0.672); n = 4 gives 0.5904.
    expect(focusedMinutes).toBe(2);
    expect(longestFocusedStretch).toBe(2);
  });

  it('applies the switch and notification costs by hand', () => {
    const result = simulateFocusSession({
      minutes: 4,
      startActivity: 'writing',
      events: [
        { minute: 1, kind: 'notification' },
        { minute: 3, kind: 'switch', to: 'email' },
      ],
    });
    // m0: 0.2. m1: 0.2 - 0.15 = 0.05, + 0.2 * 0.95 = 0.24. m2: 0.24 + 0.2 * 0.76 = 0.392.
    // m3: 0.392 * 0.4 = 0.1568, + 0.2 * 0.8432 = 0.32544.
    const expected = [0.2, 0.24, 0.392, 0.32544];
    result.score.forEach((s, i) => expect(s).toBeCloseTo(expected[i], 10));
    expect(result.activity).toEqual(['writing', 'writing', 'writing', 'email']);
    expect(result.activities).toEqual(['writing', 'email']);
    expect(result.byActivity[0]).toEqual([
      ...expected.slice(0, 3).map((_, i) => result.score[i]),
      0,
    ]);
    expect(result.byActivity[1]).toEqual([0, 0, 0, result.score[3]]);
    expect(result.switches).toBe(1);
    expect(result.notificationCount).toBe(1);
    expect(result.notifications).toEqual([0, 1, 0, 0]);
    expect(result.meanScore).toBeCloseTo((0.2 + 0.24 + 0.392 + 0.32544) / 4, 10);
  });

  it('passes the rule what happened each minute', () => {
    const seen: FocusStep[] = [];
    simulateFocusSession({
      minutes: 3,
      startActivity: 'a',
      startScore: 0.5,
      events: [
        { minute: 1, kind: 'switch', to: 'b' },
        { minute: 1, kind: 'notification' },
        { minute: 1, kind: 'notification' },
        { minute: 2, kind: 'notification' },
      ],
      rule: (step) => {
        seen.push(step);
        return step.previous;
      },
    });
    expect(seen.map((s) => s.previous)).toEqual([0.5, 0.5, 0.5]);
    expect(seen.map((s) => s.switched)).toEqual([false, true, false]);
    expect(seen.map((s) => s.notifications)).toEqual([0, 2, 1]);
    expect(seen.map((s) => s.notificationsSoFar)).toEqual([0, 2, 3]);
    expect(seen.map((s) => s.minutesOnActivity)).toEqual([0, 0, 1]);
    expect(seen.map((s) => s.activity)).toEqual(['a', 'b', 'b']);
  });

  it('clips the rule to [0, 1] and ignores a switch to the current activity', () => {
    const up = simulateFocusSession({ minutes: 2, startActivity: 'a', rule: () => 3 });
    expect(up.score).toEqual([1, 1]);
    const down = simulateFocusSession({
      minutes: 2,
      startActivity: 'a',
      rule: () => -1,
      events: [{ minute: 1, kind: 'switch', to: 'a' }],
    });
    expect(down.score).toEqual([0, 0]);
    expect(down.switches).toBe(0);
  });

  it('default rule matches its formula', () => {
    const step: FocusStep = {
      minute: 0,
      activity: 'a',
      previous: 0.9,
      switched: true,
      notifications: 1,
      notificationsSoFar: 1,
      minutesOnActivity: 0,
    };
    // 0.9 * 0.4 = 0.36, - 0.15 = 0.21, + 0.2 * 0.79 = 0.368.
    expect(defaultFocusRule(step)).toBeCloseTo(0.368, 12);
  });

  it('throws clear errors', () => {
    expect(() => simulateFocusSession({ minutes: 0, startActivity: 'a' })).toThrow(
      /simulateFocusSession: minutes is 0/,
    );
    expect(() =>
      simulateFocusSession({
        minutes: 3,
        startActivity: 'a',
        events: [{ minute: 5, kind: 'notification' }],
      }),
    ).toThrow(/events\[0\]\.minute is 5 but expected an integer in \[0, 2\]/);
    expect(() =>
      simulateFocusSession({ minutes: 2, startActivity: 'a', rule: () => Number.NaN }),
    ).toThrow(/rule returned NaN at minute 0/);
    expect(() =>
      simulateFocusSession({ minutes: 2, startActivity: 'a', activities: ['b'] }),
    ).toThrow(/also spends time on "a"/);
  });
});
