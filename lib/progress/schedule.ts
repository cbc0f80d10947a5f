import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import { hintedRating, hintsThisAttempt } from './hints';
import { parseExerciseId } from './ids';
import { limits } from './limits';
import { checkedTime } from './visits';
import type { AnswerOutcome, CardState, MockRecord, ProgressData, StoredCard } from './types';

/**
 * The updates that change progress: pure functions from old data to new data, so the UI can
 * apply them through one `update(fn)` and tests can run them with a fixed clock.
 */

// Default FSRS parameters. Fuzz would spread reviews of cards answered together over a few
// days; it is off so that a schedule follows from the answers alone (and tests are exact).
const scheduler = fsrs({ enable_fuzz: false });

/**
 * Records one answer to one exercise and schedules its next review. The card is created on the
 * first answer. Without a rating, right counts as Good and wrong as Again; explain-aloud
 * exercises pass the learner's own rating, which then only decides the schedule (`correct`
 * still decides the counts and the last result). Hints revealed during this attempt lower the
 * rating (`hintedRating`).
 * Throws on a malformed id or an invalid date: those are bugs, and storing them would leave
 * data that no longer validates.
 */
export function recordAnswer(
  data: ProgressData,
  id: string,
  outcome: AnswerOutcome,
  now: Date,
): ProgressData {
  if (!parseExerciseId(id)) throw new TypeError(`recordAnswer: "${id}" is not an exercise id`);
  const at = checkedTime('recordAnswer', now);
  const previous = Object.hasOwn(data.exercises, id) ? data.exercises[id] : undefined;
  if (!previous && Object.keys(data.exercises).length >= limits.exercises) {
    throw new RangeError(`recordAnswer: already ${limits.exercises} exercises recorded`);
  }
  const base = outcome.rating ?? (outcome.correct ? Rating.Good : Rating.Again);
  const grade: Grade = hintedRating(base, hintsThisAttempt(data, id));
  const card = previous ? toCard(previous.card) : createEmptyCard(now);
  const next = scheduler.next(card, now, grade).card;
  return {
    ...data,
    exercises: {
      ...data.exercises,
      [id]: {
        attempts: (previous?.attempts ?? 0) + 1,
        correct: (previous?.correct ?? 0) + (outcome.correct ? 1 : 0),
        lastResult: outcome.correct ? 'right' : 'wrong',
        lastAt: at,
        card: toStored(next),
      },
    },
  };
}

/** Appends a finished mock interview; only the latest `limits.mocks` are kept. */
export function recordMock(data: ProgressData, mock: MockRecord): ProgressData {
  const mocks = [...data.mocks, mock];
  return { ...data, mocks: mocks.slice(Math.max(0, mocks.length - limits.mocks)) };
}

// In its own module, without ts-fsrs: every question page records a visit.
export { markSeen } from './visits';

export function toStored(card: Card): StoredCard {
  const stored: StoredCard = {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as number as CardState,
  };
  if (card.last_review) stored.last_review = card.last_review.getTime();
  return stored;
}

export function toCard(stored: StoredCard): Card {
  return {
    ...stored,
    due: new Date(stored.due),
    last_review: stored.last_review === undefined ? undefined : new Date(stored.last_review),
  };
}
