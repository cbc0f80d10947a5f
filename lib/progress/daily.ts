import { parseExerciseId } from './ids';
import type { DailyRecord, ProgressData } from './types';

/**
 * The home page's daily question: one exercise per calendar date, the same for everyone on that
 * date and picked on the device, and a streak of consecutive days answered.
 * Days are the learner's local dates (`YYYY-MM-DD`), computed in a given time zone (the device's
 * by default), so a streak follows the learner's evenings and mornings rather than UTC midnight.
 */

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const msPerDay = 86_400_000;

/** The calendar date of `now` in `timeZone` (an IANA name; the device's zone when omitted). */
export function localDay(now: Date, timeZone?: string): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export function isDay(text: string): boolean {
  const m = dayPattern.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** Whole calendar days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  if (!isDay(from) || !isDay(to)) throw new RangeError(`daysBetween: not dates: ${from}, ${to}`);
  // Calendar dates as UTC midnights: no daylight-saving hour can shift the difference.
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / msPerDay);
}

/**
 * FNV-1a over the date's characters: a fixed, spread-out number per date, so the pick does not
 * depend on the device, the browser or the order the bank was read in beyond the list given.
 */
function hashDay(day: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < day.length; i++) {
    h ^= day.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * The daily pick among `ids` for `day`. The ids are sorted first, so the pick depends only on
 * which exercises exist, not on their order. Null when there are none.
 */
export function dailyPick(ids: readonly string[], day: string): string | null {
  if (!isDay(day)) throw new RangeError(`dailyPick: "${day}" is not a date (YYYY-MM-DD)`);
  if (ids.length === 0) return null;
  const sorted = [...ids].sort();
  return sorted[hashDay(day) % sorted.length];
}

/**
 * Records the answer to the daily question of `day`. Only the first answer of a day counts.
 * The streak grows when the previous answer was the day before and restarts at 1 after a gap.
 * A day earlier than the last one (a flight west across the date line, a clock set back) is
 * taken as already answered, so travelling never breaks a streak.
 */
export function recordDaily(
  data: ProgressData,
  exerciseId: string,
  correct: boolean,
  day: string,
): ProgressData {
  if (!isDay(day)) throw new RangeError(`recordDaily: "${day}" is not a date (YYYY-MM-DD)`);
  if (!parseExerciseId(exerciseId)) {
    throw new TypeError(`recordDaily: "${exerciseId}" is not an exercise id`);
  }
  const last = data.daily;
  const gap = last ? daysBetween(last.lastDay, day) : null;
  if (gap !== null && gap <= 0) return data;
  const streak = gap === 1 && last ? last.streak + 1 : 1;
  const daily: DailyRecord = {
    lastDay: day,
    streak,
    best: Math.max(streak, last?.best ?? 0),
    lastExercise: exerciseId,
    lastCorrect: correct,
  };
  return { ...data, daily };
}

/**
 * The streak as it stands on `day`: kept while the last answer was today or yesterday (today's
 * question may still come), 0 once a day has been missed.
 */
export function currentStreak(data: ProgressData, day: string): number {
  if (!data.daily) return 0;
  return daysBetween(data.daily.lastDay, day) <= 1 ? data.daily.streak : 0;
}

/** Whether the daily question of `day` has been answered already. */
export function answeredOn(data: ProgressData, day: string): boolean {
  return data.daily !== null && daysBetween(data.daily.lastDay, day) <= 0;
}
