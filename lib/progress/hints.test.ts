import { describe, expect, it } from 'vitest';
import { hintedRating, hintsThisAttempt, recordHint } from './hints';
import { recordAnswer } from './schedule';
import { emptyProgress } from './types';

const drill = 'drill:attention-basics:masked-softmax';
const t0 = new Date('2026-03-01T09:00:00Z');
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe('hintedRating', () => {
  it('lowers the rating one step per hint and makes the solution Again', () => {
    // [rating, hints] -> expected, worked out by hand from the rule.
    const table: [1 | 2 | 3 | 4, 0 | 1 | 2 | 3, number][] = [
      [3, 0, 3],
      [3, 1, 2],
      [3, 2, 1],
      [3, 3, 1],
      [4, 1, 3],
      [4, 2, 2],
      [4, 3, 1],
      [2, 1, 1],
      [1, 2, 1],
    ];
    for (const [rating, hints, want] of table) expect(hintedRating(rating, hints)).toBe(want);
  });
});

describe('recordHint', () => {
  it('keeps the deepest level of the attempt and counts every reveal', () => {
    let data = recordHint(emptyProgress(), drill, 1, t0);
    data = recordHint(data, drill, 2, later(1));
    data = recordHint(data, drill, 1, later(2));
    expect(data.hints[drill]).toEqual({ level: 2, at: later(2).getTime(), reveals: 3 });
    expect(hintsThisAttempt(data, drill)).toBe(2);
  });

  it('starts again after an answer: earlier reveals belong to the earlier attempt', () => {
    let data = recordHint(emptyProgress(), drill, 3, t0);
    data = recordAnswer(data, drill, { correct: true, rating: 3 }, later(5));
    expect(hintsThisAttempt(data, drill)).toBe(0);
    data = recordHint(data, drill, 1, later(10));
    expect(data.hints[drill]).toMatchObject({ level: 1, reveals: 2 });
    expect(hintsThisAttempt(data, drill)).toBe(1);
  });

  it('refuses a malformed id or date', () => {
    expect(() => recordHint(emptyProgress(), '__proto__', 1, t0)).toThrow(/recordHint/);
    expect(() => recordHint(emptyProgress(), drill, 1, new Date(NaN))).toThrow(/recordHint/);
  });
});

describe('an answer after hints', () => {
  it('is scheduled as the lowered rating: a nudge turns Good into Hard', () => {
    const hinted = recordAnswer(
      recordHint(emptyProgress(), drill, 1, t0),
      drill,
      { correct: true, rating: 3 },
      later(3),
    );
    const hard = recordAnswer(emptyProgress(), drill, { correct: true, rating: 2 }, later(3));
    expect(hinted.exercises[drill].card).toEqual(hard.exercises[drill].card);
    // Still a right answer: hints change the schedule, not the count.
    expect(hinted.exercises[drill]).toMatchObject({ correct: 1, lastResult: 'right' });
  });

  it('after the solution is scheduled as Again, like a wrong answer', () => {
    const hinted = recordAnswer(
      recordHint(emptyProgress(), drill, 3, t0),
      drill,
      { correct: true },
      later(3),
    );
    const again = recordAnswer(emptyProgress(), drill, { correct: true, rating: 1 }, later(3));
    expect(hinted.exercises[drill].card).toEqual(again.exercises[drill].card);
  });

  it('without hints this attempt keeps its rating', () => {
    let data = recordHint(emptyProgress(), drill, 2, t0);
    data = recordAnswer(data, drill, { correct: true, rating: 3 }, later(1));
    const next = recordAnswer(data, drill, { correct: true, rating: 3 }, later(20));
    const plain = recordAnswer(
      recordAnswer(emptyProgress(), drill, { correct: true, rating: 1 }, later(1)),
      drill,
      { correct: true, rating: 3 },
      later(20),
    );
    expect(next.exercises[drill].card).toEqual(plain.exercises[drill].card);
  });
});
