import { describe, expect, it } from 'vitest';
import {
  answeredOn,
  currentStreak,
  dailyPick,
  daysBetween,
  isDay,
  localDay,
  recordDaily,
} from './daily';
import { emptyProgress, type ProgressData } from './types';

const quiz = (n: number) => `quiz:attention-basics:item-${n}`;

describe('localDay', () => {
  it('is the calendar date where the learner is, not in UTC', () => {
    // 23:30 UTC on 1 March is already 2 March in Tokyo (UTC+9) and still 1 March in Los Angeles.
    const at = new Date('2026-03-01T23:30:00Z');
    expect(localDay(at, 'UTC')).toBe('2026-03-01');
    expect(localDay(at, 'Asia/Tokyo')).toBe('2026-03-02');
    expect(localDay(at, 'America/Los_Angeles')).toBe('2026-03-01');
    expect(localDay(new Date('2026-03-01T07:59:00Z'), 'America/Los_Angeles')).toBe('2026-02-28');
  });
});

describe('daysBetween', () => {
  it('counts calendar days, across month ends, leap days and daylight saving', () => {
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    // 8 March 2026 is 23 hours long in the United States; it is still one day.
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-03-05', '2026-03-01')).toBe(-4);
  });

  it('refuses what is not a date', () => {
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('2026-3-1')).toBe(false);
    expect(() => daysBetween('yesterday', '2026-03-01')).toThrow(/daysBetween/);
  });
});

describe('dailyPick', () => {
  const five = [quiz(0), quiz(1), quiz(2), quiz(3), quiz(4)];

  it('gives the same exercise for the same date, whatever the order of the list', () => {
    // FNV-1a of "2026-03-01" is 2731745201 (computed separately); 2731745201 mod 5 = 1.
    expect(dailyPick(five, '2026-03-01')).toBe(quiz(1));
    expect(dailyPick([...five].reverse(), '2026-03-01')).toBe(quiz(1));
    // "2026-03-02": 2681412344 mod 5 = 4.
    expect(dailyPick(five, '2026-03-02')).toBe(quiz(4));
  });

  it('spreads over the list as the days go by', () => {
    const seen = new Set<string>();
    for (let d = 1; d <= 28; d++)
      seen.add(dailyPick(five, `2026-02-${String(d).padStart(2, '0')}`)!);
    expect(seen.size).toBe(five.length);
  });

  it('has nothing to pick from an empty list and refuses a bad date', () => {
    expect(dailyPick([], '2026-03-01')).toBeNull();
    expect(() => dailyPick(five, 'today')).toThrow(/dailyPick/);
  });
});

describe('the daily streak', () => {
  const answer = (data: ProgressData, day: string, correct = true) =>
    recordDaily(data, quiz(1), correct, day);

  it('grows on consecutive days, right or wrong', () => {
    let data = answer(emptyProgress(), '2026-03-01');
    data = answer(data, '2026-03-02', false);
    data = answer(data, '2026-03-03');
    expect(data.daily).toEqual({
      lastDay: '2026-03-03',
      streak: 3,
      best: 3,
      lastExercise: quiz(1),
      lastCorrect: true,
    });
  });

  it('counts only the first answer of a day', () => {
    const once = answer(emptyProgress(), '2026-03-01', false);
    expect(answer(once, '2026-03-01', true)).toBe(once);
    expect(once.daily).toMatchObject({ streak: 1, lastCorrect: false });
  });

  it('restarts after a missed day and keeps the best', () => {
    let data = emptyProgress();
    for (const day of ['2026-03-01', '2026-03-02', '2026-03-03']) data = answer(data, day);
    data = answer(data, '2026-03-05');
    expect(data.daily).toMatchObject({ streak: 1, best: 3 });
  });

  it('reads 0 once a day is missed, and keeps the streak until then', () => {
    let data = answer(emptyProgress(), '2026-03-01');
    data = answer(data, '2026-03-02');
    expect(currentStreak(data, '2026-03-02')).toBe(2);
    expect(currentStreak(data, '2026-03-03')).toBe(2);
    expect(currentStreak(data, '2026-03-04')).toBe(0);
    expect(currentStreak(emptyProgress(), '2026-03-04')).toBe(0);
    expect(answeredOn(data, '2026-03-02')).toBe(true);
    expect(answeredOn(data, '2026-03-03')).toBe(false);
  });

  it('follows local dates: an evening and the next morning in Tokyo are two days', () => {
    const evening = new Date('2026-03-01T12:00:00Z'); // 21:00 in Tokyo
    const morning = new Date('2026-03-01T23:00:00Z'); // 08:00 the next day in Tokyo
    let data = answer(emptyProgress(), localDay(evening, 'Asia/Tokyo'));
    data = answer(data, localDay(morning, 'Asia/Tokyo'));
    expect(data.daily).toMatchObject({ streak: 2, lastDay: '2026-03-02' });
    // The same two moments are one day in London: the streak does not double count.
    let london = answer(emptyProgress(), localDay(evening, 'Europe/London'));
    london = answer(london, localDay(morning, 'Europe/London'));
    expect(london.daily).toMatchObject({ streak: 1, lastDay: '2026-03-01' });
  });

  it('is not broken by flying west: a date earlier than the last answer changes nothing', () => {
    // Answered just after midnight in Tokyo on 2 March, then landed in Los Angeles on 1 March.
    const data = answer(answer(emptyProgress(), '2026-03-01'), '2026-03-02');
    expect(answer(data, '2026-03-01')).toBe(data);
    expect(answeredOn(data, '2026-03-01')).toBe(true);
    expect(currentStreak(answer(data, '2026-03-03'), '2026-03-03')).toBe(3);
  });

  it('refuses a bad date or exercise id', () => {
    expect(() => recordDaily(emptyProgress(), quiz(1), true, '2026-13-01')).toThrow(/recordDaily/);
    expect(() => recordDaily(emptyProgress(), 'quiz:x', true, '2026-03-01')).toThrow(/recordDaily/);
  });
});
