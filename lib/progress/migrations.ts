import * as z from 'zod/mini';
import { limits } from './limits';
import { markSeen, recordAnswer } from './schedule';
import {
  boundedRecord,
  check,
  countSchema,
  exerciseIdSchema,
  slugKeySchema,
  timeSchema,
  type Checked,
} from './schema';
import { emptyProgress, progressVersion, type ProgressData } from './types';

/**
 * Older formats of progress, and the steps that bring each one up a version. A step takes the
 * `data` field of version n and returns that of version n + 1; a future version 4 adds one step
 * (from 3) here and nothing else changes. Every step validates its own input, since that input
 * was never checked by today's schema.
 */

type Step = (data: unknown, now: Date) => Checked<unknown>;

/**
 * Version 1 kept totals per question and only the last answer per exercise, with no schedule.
 */
const v1Schema = z.strictObject({
  questions: boundedRecord(
    slugKeySchema,
    z
      .strictObject({
        seen: z.boolean(),
        attempts: countSchema(),
        correct: countSchema(),
        lastAt: z.optional(timeSchema),
      })
      .check(z.refine((q) => q.correct <= q.attempts, 'more correct answers than attempts')),
    limits.questions,
  ),
  answers: z.optional(
    boundedRecord(
      exerciseIdSchema,
      z.strictObject({ correct: z.boolean(), at: timeSchema }),
      limits.exercises,
    ),
  ),
});

/**
 * 1 -> 2: each last answer becomes a card, scheduled as if answered then for the first time
 * (so most come due soon, which is right: nothing was scheduled before). Questions answered or
 * marked seen are seen, at their last activity. Version 1's per-question totals cannot be split
 * among exercises and are dropped: the new totals start from the answers kept.
 */
const fromV1: Step = (raw, now) => {
  const parsed = check(v1Schema, raw);
  if (!parsed.ok) return parsed;
  let data: ProgressData = emptyProgress();
  const lastActivity = new Map<string, number>();
  for (const [id, answer] of Object.entries(parsed.data.answers ?? {})) {
    data = recordAnswer(data, id, { correct: answer.correct }, new Date(answer.at));
    const slug = id.split(':')[1];
    lastActivity.set(slug, Math.max(lastActivity.get(slug) ?? 0, answer.at));
  }
  for (const [slug, q] of Object.entries(parsed.data.questions)) {
    if (!q.seen && q.attempts === 0) continue;
    const at = q.lastAt ?? lastActivity.get(slug) ?? now.getTime();
    data = markSeen(data, slug, new Date(at));
  }
  return { ok: true, data };
};

/**
 * 2 -> 3: hints and the daily streak are new; version 2 had neither, so they start empty. The
 * rest is checked by today's schema after the last step.
 */
const fromV2: Step = (raw) => {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, detail: '(root): not an object' };
  }
  return { ok: true, data: { ...raw, version: 3, hints: {}, daily: null } };
};

/** Keyed by the version a step starts from. */
const steps: Record<number, Step> = { 1: fromV1, 2: fromV2 };

/** The oldest version we can still read. */
export const oldestVersion = 1;

/** Brings `data` of an older `version` up to the current one; the result still needs checking. */
export function migrate(data: unknown, version: number, now: Date): Checked<unknown> {
  let current: Checked<unknown> = { ok: true, data };
  for (let v = version; v < progressVersion && current.ok; v++) {
    const step = steps[v];
    if (!step) return { ok: false, detail: `no migration from version ${v}` };
    current = step(current.data, now);
  }
  return current;
}
