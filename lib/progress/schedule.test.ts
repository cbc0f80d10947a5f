import { createEmptyCard, default_w, fsrs, Rating, type Card } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { markSeen, recordAnswer, recordMock } from './schedule';
import { emptyProgress, type MockRecord, type ProgressData } from './types';

const minute = 60_000;
const day = 24 * 60 * minute;
const t0 = new Date('2026-03-01T09:00:00Z');
const id = 'quiz:attention-basics:why-scale';

/** How far ahead the exercise's next review is, from `now`. */
const wait = (data: ProgressData, now: Date) => data.exercises[id].card.due - now.getTime();

describe('recordAnswer', () => {
  it('creates the card on the first answer and counts it', () => {
    const data = recordAnswer(emptyProgress(), id, { correct: true }, t0);
    const record = data.exercises[id];
    expect(record).toMatchObject({
      attempts: 1,
      correct: 1,
      lastResult: 'right',
      lastAt: t0.getTime(),
    });
    // A new card answered Good moves to the second default learning step (1m, 10m).
    expect(record.card).toMatchObject({ state: 1, reps: 1, lapses: 0, learning_steps: 1 });
    expect(record.card.due).toBe(t0.getTime() + 10 * minute);
    expect(record.card.last_review).toBe(t0.getTime());
  });

  it('stores exactly the card ts-fsrs computes, dates as epoch ms', () => {
    const data = recordAnswer(emptyProgress(), id, { correct: false }, t0);
    const expected: Card = fsrs({ enable_fuzz: false }).next(
      createEmptyCard(t0),
      t0,
      Rating.Again,
    ).card;
    expect(data.exercises[id].card).toEqual({
      ...expected,
      due: expected.due.getTime(),
      last_review: expected.last_review?.getTime(),
    });
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it('brings a wrong answer back within minutes', () => {
    const data = recordAnswer(emptyProgress(), id, { correct: false }, t0);
    expect(data.exercises[id]).toMatchObject({ attempts: 1, correct: 0, lastResult: 'wrong' });
    expect(wait(data, t0)).toBe(1 * minute);
  });

  it('spaces reviews further apart with each right answer on time', () => {
    let data = emptyProgress();
    let now = t0;
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      data = recordAnswer(data, id, { correct: true }, now);
      waits.push(wait(data, now));
      now = new Date(data.exercises[id].card.due);
    }
    for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeGreaterThan(waits[i - 1]);
    expect(waits[0]).toBe(10 * minute);
    expect(waits[2]).toBeGreaterThanOrEqual(day);
    expect(waits[4]).toBeGreaterThan(7 * day);
    expect(data.exercises[id]).toMatchObject({ attempts: 5, correct: 5 });
  });

  it('a wrong answer after a good run sends the card back to minutes', () => {
    let data = emptyProgress();
    let now = t0;
    for (let i = 0; i < 3; i++) {
      data = recordAnswer(data, id, { correct: true }, now);
      now = new Date(data.exercises[id].card.due);
    }
    data = recordAnswer(data, id, { correct: false }, now);
    // The default relearning step is ten minutes.
    expect(wait(data, now)).toBe(10 * minute);
    expect(data.exercises[id]).toMatchObject({ attempts: 4, correct: 3, lastResult: 'wrong' });
    expect(data.exercises[id].card.lapses).toBe(1);
  });

  it("uses the learner's own rating for explain-aloud", () => {
    const explain = 'explain:self-attention:main';
    const easy = recordAnswer(emptyProgress(), explain, { correct: true, rating: 4 }, t0);
    const hard = recordAnswer(emptyProgress(), explain, { correct: true, rating: 2 }, t0);
    const easyWait = easy.exercises[explain].card.due - t0.getTime();
    const hardWait = hard.exercises[explain].card.due - t0.getTime();
    // Easy on a new card skips learning: interval = initial stability w[3] days, rounded.
    expect(easyWait).toBe(Math.round(default_w[3]) * day);
    // Hard stays in learning, halfway between the 1 and 10 minute steps, rounded.
    expect(hardWait).toBe(6 * minute);
    expect(easyWait).toBeGreaterThan(hardWait);
  });

  it('gives the same result for the same answers and clock', () => {
    const run = () =>
      recordAnswer(
        recordAnswer(emptyProgress(), id, { correct: true }, t0),
        id,
        { correct: true },
        new Date(t0.getTime() + 10 * minute),
      );
    expect(run()).toEqual(run());
  });

  it('leaves its input untouched', () => {
    const before = emptyProgress();
    recordAnswer(before, id, { correct: true }, t0);
    expect(before).toEqual(emptyProgress());
  });

  it('refuses ids and dates it could not store', () => {
    expect(() => recordAnswer(emptyProgress(), '__proto__', { correct: true }, t0)).toThrow(
      /recordAnswer: "__proto__" is not an exercise id/,
    );
    expect(() => recordAnswer(emptyProgress(), id, { correct: true }, new Date(NaN))).toThrow(
      /recordAnswer: now must be a valid date/,
    );
  });
});

describe('markSeen and recordMock', () => {
  it('keeps the first visit and moves the last', () => {
    const later = new Date(t0.getTime() + day);
    const data = markSeen(markSeen(emptyProgress(), 'self-attention', t0), 'self-attention', later);
    expect(data.questions['self-attention']).toEqual({
      firstSeen: t0.getTime(),
      lastSeen: later.getTime(),
    });
    expect(() => markSeen(emptyProgress(), 'constructor', t0)).toThrow(/markSeen/);
  });

  it('appends mocks, oldest first, keeping the latest 500', () => {
    const mock = (at: number): MockRecord => ({
      at,
      minutes: 20,
      topics: ['self-attention'],
      score: 3,
      total: 5,
      byTopic: { 'self-attention': { right: 3, total: 5 } },
      missed: [id],
    });
    let data = emptyProgress();
    for (let i = 0; i < 502; i++) data = recordMock(data, mock(i));
    expect(data.mocks).toHaveLength(500);
    expect(data.mocks[0].at).toBe(2);
    expect(data.mocks[499].at).toBe(501);
  });
});
