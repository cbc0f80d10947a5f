import { describe, expect, it } from 'vitest';
import {
  dueCount,
  dueExerciseIds,
  dueTodayCount,
  dueTodayIds,
  endOfToday,
  isDue,
  questionProgress,
} from './summary';
import { emptyProgress, type ExerciseRecord, type ProgressData } from './types';

const minute = 60_000;
const day = 24 * 60 * minute;
const now = Date.UTC(2026, 2, 1, 9);

/** A record built by hand: last reviewed `ago` ms before now, next due `ahead` ms after now. */
function record(
  lastResult: 'right' | 'wrong',
  ago: number,
  ahead: number,
  attempts = 1,
): ExerciseRecord {
  return {
    attempts,
    correct: lastResult === 'right' ? attempts : attempts - 1,
    lastResult,
    lastAt: now - ago,
    card: {
      due: now + ahead,
      stability: 1,
      difficulty: 5,
      elapsed_days: 0,
      scheduled_days: 0,
      learning_steps: 0,
      reps: attempts,
      lapses: 0,
      state: 2,
      last_review: now - ago,
    },
  };
}

function progress(exercises: Record<string, ExerciseRecord>): ProgressData {
  return { ...emptyProgress(), exercises };
}

describe('due exercises', () => {
  const data = progress({
    'quiz:self-attention:a': record('right', 3 * day, -1 * day),
    'quiz:self-attention:b': record('wrong', 1 * minute, 9 * minute),
    'bug:attention-basics:c': record('wrong', 2 * day, -2 * day),
    'drill:attention-basics:d': record('right', 1 * day, 0),
    'explain:attention-basics:e': record('right', 3 * day, -1 * day),
  });

  it('counts a card due exactly now as due, one due later as not', () => {
    expect(isDue(data.exercises['drill:attention-basics:d'], now)).toBe(true);
    expect(isDue(data.exercises['quiz:self-attention:b'], now)).toBe(false);
    expect(isDue(data.exercises['quiz:self-attention:b'], new Date(now + 9 * minute))).toBe(true);
  });

  it('lists the longest overdue first, equal times by id', () => {
    expect(dueExerciseIds(data, now)).toEqual([
      'bug:attention-basics:c',
      'explain:attention-basics:e',
      'quiz:self-attention:a',
      'drill:attention-basics:d',
    ]);
    expect(dueCount(data, now)).toBe(4);
    expect(dueCount(data, new Date(now + 10 * minute))).toBe(5);
    expect(dueCount(emptyProgress(), now)).toBe(0);
  });
});

describe('questionProgress', () => {
  it('is new, unseen and empty for an untouched question', () => {
    expect(questionProgress(emptyProgress(), 'self-attention', now)).toEqual({
      seen: false,
      attempts: 0,
      correct: 0,
      due: 0,
      state: 'new',
    });
  });

  it('is seen but still new when only the page was opened', () => {
    const data = {
      ...emptyProgress(),
      questions: { 'self-attention': { firstSeen: 1, lastSeen: 2 } },
    };
    expect(questionProgress(data, 'self-attention', now)).toMatchObject({
      seen: true,
      state: 'new',
    });
  });

  it("sums only the question's own exercises", () => {
    const data = progress({
      'quiz:self-attention:a': record('right', 2 * day, -1 * day, 3),
      'bug:self-attention:b': record('wrong', 1 * minute, 9 * minute, 2),
      'quiz:self-attention-vs-cnn:c': record('right', 1 * day, 5 * day, 4),
    });
    expect(questionProgress(data, 'self-attention', now)).toEqual({
      seen: true,
      attempts: 5,
      correct: 4,
      lastResult: 'wrong',
      nextReview: now - 1 * day,
      // Due by the end of today: the quiz overdue and the bug back in nine minutes.
      due: 2,
      state: 'learning',
    });
  });

  it('is mastered when every answered exercise was last right with a week or more between reviews', () => {
    const data = progress({
      'quiz:self-attention:a': record('right', 1 * day, 6 * day),
      'drill:self-attention:b': record('right', 10 * day, 5 * day),
    });
    expect(questionProgress(data, 'self-attention', now).state).toBe('mastered');
    // Still mastered once the review falls due: the interval, not the time left, decides.
    expect(questionProgress(data, 'self-attention', now + 30 * day)).toMatchObject({
      state: 'mastered',
      due: 2,
    });
  });

  it('is not mastered with a short interval or a last answer wrong', () => {
    const short = progress({ 'quiz:self-attention:a': record('right', 1 * day, 5 * day) });
    expect(questionProgress(short, 'self-attention', now).state).toBe('learning');
    const wrong = progress({ 'quiz:self-attention:a': record('wrong', 1 * day, 30 * day) });
    expect(questionProgress(wrong, 'self-attention', now).state).toBe('learning');
  });

  it('does not find names that every object has', () => {
    expect(questionProgress(emptyProgress(), 'constructor', now).seen).toBe(false);
    expect(questionProgress(emptyProgress(), 'toString', now).seen).toBe(false);
  });
});

describe('due by the end of today', () => {
  // Local times, so the test holds in any time zone the tests run in.
  const morning = new Date(2026, 2, 1, 9, 0).getTime();
  const at = (h: number, m = 0, dayOffset = 0) => new Date(2026, 2, 1 + dayOffset, h, m).getTime();
  const due = (t: number): ExerciseRecord => ({
    ...record('right', minute, 0),
    card: { ...record('right', minute, 0).card, due: t },
  });

  it('ends at the next local midnight', () => {
    expect(endOfToday(morning)).toBe(at(0, 0, 1));
    expect(endOfToday(at(23, 59))).toBe(at(0, 0, 1));
  });

  it('counts what comes back later today, not tomorrow, and stays the same all day', () => {
    const data = progress({
      'quiz:a:overdue': due(at(8)),
      'quiz:a:evening': due(at(23, 59)),
      'quiz:a:tomorrow': due(at(0, 0, 1)),
    });
    expect(dueCount(data, morning)).toBe(1);
    expect(dueTodayCount(data, morning)).toBe(2);
    expect(dueTodayCount(data, morning + minute)).toBe(2);
    expect(dueTodayCount(data, at(23, 30))).toBe(2);
    expect(dueTodayIds(data, morning)).toEqual(['quiz:a:overdue', 'quiz:a:evening']);
    // The question list counts the same way.
    expect(questionProgress(data, 'a', morning).due).toBe(2);
  });
});
