import { parseExerciseId } from './ids';
import { limits } from './limits';
import type { HintLevel, ProgressData } from './types';

/**
 * Drill hints come in three steps (a nudge, the key line, the solution). Every reveal is
 * recorded at once, so a reload does not hide what was seen, and the next answer to the
 * exercise is rated lower for it.
 */

/**
 * The hint level revealed during the current attempt: since the exercise was last answered.
 * 0 when none. A reveal from before the last answer belongs to an earlier attempt.
 */
export function hintsThisAttempt(data: ProgressData, id: string): 0 | HintLevel {
  const hint = Object.hasOwn(data.hints, id) ? data.hints[id] : undefined;
  if (!hint) return 0;
  const answered = Object.hasOwn(data.exercises, id) ? data.exercises[id].lastAt : undefined;
  return answered === undefined || hint.at > answered ? hint.level : 0;
}

/** Records that the learner revealed hint `level` of exercise `id`. */
export function recordHint(
  data: ProgressData,
  id: string,
  level: HintLevel,
  now: Date,
): ProgressData {
  if (!parseExerciseId(id)) throw new TypeError(`recordHint: "${id}" is not an exercise id`);
  const at = now.getTime();
  if (!Number.isFinite(at) || at < 0 || at > limits.latestTime) {
    throw new RangeError(`recordHint: now must be a valid date, got ${String(now)}`);
  }
  const before = Object.hasOwn(data.hints, id) ? data.hints[id] : undefined;
  if (!before && Object.keys(data.hints).length >= limits.exercises) {
    throw new RangeError(`recordHint: already ${limits.exercises} exercises with hints`);
  }
  const current = hintsThisAttempt(data, id);
  return {
    ...data,
    hints: {
      ...data.hints,
      [id]: {
        level: Math.max(current, level) as HintLevel,
        at,
        reveals: Math.min((before?.reveals ?? 0) + 1, 1_000_000),
      },
    },
  };
}

/**
 * The FSRS rating of an answer given with hints: each step revealed lowers it by one, and seeing
 * the solution makes it Again (1), as if the drill had not been solved.
 */
export function hintedRating(rating: 1 | 2 | 3 | 4, hints: 0 | HintLevel): 1 | 2 | 3 | 4 {
  if (hints >= 3) return 1;
  return Math.max(1, rating - hints) as 1 | 2 | 3 | 4;
}
