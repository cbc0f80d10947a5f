import { isSlug } from './ids';
import { limits } from './limits';
import type { ProgressData } from './types';

/**
 * Recording page visits: free of ts-fsrs, since every question page records one at start and
 * the scheduler is only needed once an exercise is answered.
 */

/** Notes that the learner opened a question's page. */
export function markSeen(data: ProgressData, slug: string, now: Date): ProgressData {
  if (!isSlug(slug)) throw new TypeError(`markSeen: "${slug}" is not a question slug`);
  const at = checkedTime('markSeen', now);
  const before = Object.hasOwn(data.questions, slug) ? data.questions[slug] : undefined;
  return {
    ...data,
    questions: { ...data.questions, [slug]: { firstSeen: before?.firstSeen ?? at, lastSeen: at } },
  };
}

/** Epoch ms of `now`; throws on an invalid date or one outside what progress may hold. */
export function checkedTime(fn: string, now: Date): number {
  const at = now.getTime();
  if (!Number.isFinite(at) || at < 0 || at > limits.latestTime) {
    throw new RangeError(`${fn}: now must be a valid date, got ${String(now)}`);
  }
  return at;
}
