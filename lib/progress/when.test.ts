import { describe, expect, it } from 'vitest';
import { formatUntil, untilReview } from './when';

const minute = 60_000;
const now = Date.UTC(2026, 2, 1, 9);

describe('untilReview', () => {
  it('picks minutes, hours or days, to the nearest, never 0 while ahead', () => {
    expect(untilReview(now + 10 * minute, now)).toEqual({ value: 10, unit: 'minute' });
    expect(untilReview(now + 30_000, now)).toEqual({ value: 1, unit: 'minute' });
    expect(untilReview(now + 59 * minute, now)).toEqual({ value: 59, unit: 'minute' });
    // Read against a clock half a minute behind, ten minutes still reads as ten.
    expect(untilReview(now + 10.5 * minute - 1, now)).toEqual({ value: 10, unit: 'minute' });
    expect(untilReview(now + 61 * minute, now)).toEqual({ value: 1, unit: 'hour' });
    expect(untilReview(now + 150 * minute, now)).toEqual({ value: 3, unit: 'hour' });
    expect(untilReview(now + 3 * 24 * 60 * minute, now)).toEqual({ value: 3, unit: 'day' });
    expect(untilReview(now - minute, now)).toEqual({ value: 0, unit: 'minute' });
  });

  it('words it in the learner language', () => {
    expect(formatUntil(now + 10 * minute, now, 'en')).toBe('in 10 minutes');
    expect(formatUntil(now + 10 * minute, now, 'zh')).toBe('10分钟后');
    expect(formatUntil(now + 4 * 24 * 60 * minute, now, 'en')).toBe('in 4 days');
  });
});
