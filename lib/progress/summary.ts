import { parseExerciseId } from './ids';
import type { AnswerResult, ExerciseRecord, ProgressData } from './types';

/**
 * Read-only views of progress for lists, badges and the header's due count.
 * Deliberately free of ts-fsrs and zod: every page shows a due count, and this is all it needs.
 */

const dayMs = 24 * 60 * 60 * 1000;

/** How long a review interval must be before an exercise counts towards "mastered". */
export const masteredIntervalMs = 7 * dayMs;

export type Clock = Date | number;

export function isDue(record: ExerciseRecord, now: Clock): boolean {
  return record.card.due <= time(now);
}

/** Ids of the exercises due for review, the longest overdue first (ties by id, for stability). */
export function dueExerciseIds(data: ProgressData, now: Clock): string[] {
  const t = time(now);
  return Object.entries(data.exercises)
    .filter(([, record]) => record.card.due <= t)
    .sort(([a, x], [b, y]) => x.card.due - y.card.due || (a < b ? -1 : a > b ? 1 : 0))
    .map(([id]) => id);
}

/**
 * The first moment of the learner's next local day. "Due today" means due before it: a card
 * that comes back this evening is counted this morning, so the count does not creep up minute
 * by minute, and every counter that uses it (header, practice page, question list, the review
 * session) agrees all day.
 */
export function endOfToday(now: Clock): number {
  const day = new Date(time(now));
  day.setHours(24, 0, 0, 0);
  return day.getTime();
}

/** Ids of the exercises due by the end of today, the longest overdue first. */
export function dueTodayIds(data: ProgressData, now: Clock): string[] {
  return dueExerciseIds(data, endOfToday(now) - 1);
}

/** How many exercises are due by the end of today: the one count every counter shows. */
export function dueTodayCount(data: ProgressData, now: Clock): number {
  return dueCount(data, endOfToday(now) - 1);
}

export function dueCount(data: ProgressData, now: Clock): number {
  const t = time(now);
  let count = 0;
  for (const record of Object.values(data.exercises)) if (record.card.due <= t) count++;
  return count;
}

export interface QuestionProgress {
  /** The page was opened, or one of its exercises answered. */
  seen: boolean;
  attempts: number;
  correct: number;
  /** The result of the question's most recently answered exercise. */
  lastResult?: AnswerResult;
  /** The earliest scheduled review among its exercises (epoch ms), if any was answered. */
  nextReview?: number;
  /** How many of its exercises are due by the end of today (as dueTodayCount). */
  due: number;
  state: 'new' | 'learning' | 'mastered';
}

/**
 * Sums the progress of one question over its exercises.
 * - new: no exercise of the question answered yet (it may have been read: see `seen`).
 * - mastered: every answered exercise was last answered right and its card's current interval
 *   (from its last review to its next) is at least seven days. The interval, not the time left,
 *   decides, so a question does not drop out of "mastered" merely because a review comes near;
 *   a wrong answer does drop it (the interval goes back to minutes).
 * - learning: anything in between.
 * Only the exercises answered so far count: this module does not know the question's content.
 */
export function questionProgress(data: ProgressData, slug: string, now: Clock): QuestionProgress {
  const t = endOfToday(now) - 1;
  let attempts = 0;
  let correct = 0;
  let due = 0;
  let latest: ExerciseRecord | undefined;
  let nextReview: number | undefined;
  let mastered = true;
  for (const [id, record] of Object.entries(data.exercises)) {
    if (parseExerciseId(id)?.slug !== slug) continue;
    attempts += record.attempts;
    correct += record.correct;
    if (record.card.due <= t) due++;
    if (!latest || record.lastAt > latest.lastAt) latest = record;
    if (nextReview === undefined || record.card.due < nextReview) nextReview = record.card.due;
    if (!isMastered(record)) mastered = false;
  }
  const visited = Object.hasOwn(data.questions, slug);
  const result: QuestionProgress = {
    seen: visited || attempts > 0,
    attempts,
    correct,
    due,
    state: attempts === 0 ? 'new' : mastered ? 'mastered' : 'learning',
  };
  if (latest) result.lastResult = latest.lastResult;
  if (nextReview !== undefined) result.nextReview = nextReview;
  return result;
}

function isMastered(record: ExerciseRecord): boolean {
  const { due, last_review: lastReview } = record.card;
  return (
    record.lastResult === 'right' &&
    lastReview !== undefined &&
    due - lastReview >= masteredIntervalMs
  );
}

function time(now: Clock): number {
  return typeof now === 'number' ? now : now.getTime();
}
