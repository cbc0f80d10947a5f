/**
 * How far off a review is, in the largest unit that keeps it readable ("in 10 minutes",
 * "in 3 hours", "in 4 days"), for Intl.RelativeTimeFormat to word in the learner's language.
 * Rounded to the nearest (the clock it is read against is itself up to half a minute behind),
 * but never to 0 for something still ahead; past or now is 0.
 */
export function untilReview(
  due: number,
  now: number,
): { value: number; unit: 'minute' | 'hour' | 'day' } {
  const ms = due - now;
  if (ms <= 0) return { value: 0, unit: 'minute' };
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return { value: minutes, unit: 'minute' };
  const hours = Math.round(minutes / 60);
  if (hours < 24) return { value: hours, unit: 'hour' };
  return { value: Math.round(hours / 24), unit: 'day' };
}

/** "in 10 minutes" / "10分钟后", "now" / "现在" for a review already due. */
export function formatUntil(due: number, now: number, locale: string): string {
  const { value, unit } = untilReview(due, now);
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(value, unit);
}
