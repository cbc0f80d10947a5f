import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { isDay } from './daily';
import { isSlug, parseExerciseId } from './ids';
import { limits } from './limits';
import { progressVersion, type ProgressData } from './types';

// zod's small build (zod/mini): the same checks, a fraction of the code to load and run at start
// (the store checks progress on every page that shows it). Its messages are English, as the
// full build's are. Pages run under a CSP without 'unsafe-eval': keep zod from probing
// `Function('')`, which the browser refuses and reports as a violation.
z.config({ ...en(), jitless: true });

/**
 * Validation of progress read back from IndexedDB or from an imported file. Both may come from
 * anywhere (an older app, a hand-edited file, a hostile one), so it is strict: exact types, no
 * unknown fields, finite and bounded numbers, bounded counts and lengths, and keys that follow
 * the id rules (which refuse `__proto__`, `constructor` and `prototype`).
 */

export type Schema<T> = z.ZodMiniType<T>;

export const timeSchema = z.int().check(z.minimum(0), z.maximum(limits.latestTime));
/** A count, at least `min`. */
export const countSchema = (min = 0) => z.int().check(z.minimum(min), z.maximum(1_000_000));
const bounded = (min: number, max: number) => z.number().check(z.minimum(min), z.maximum(max));

export const slugKeySchema = z
  .string()
  .check(
    z.maxLength(limits.name),
    z.refine(isSlug, 'not a question slug (lowercase words joined by dashes)'),
  );

export const exerciseIdSchema = z.string().check(
  z.maxLength(limits.exerciseId),
  z.refine((id) => parseExerciseId(id) !== null, 'not an exercise id (kind:slug:item)'),
);

/**
 * A record whose size is checked before its entries, so an oversized one is refused cheaply;
 * each key and value by the given schemas.
 */
export function boundedRecord<V extends z.ZodMiniType>(key: Schema<string>, value: V, max: number) {
  const small = (v: unknown) => typeof v !== 'object' || v === null || Object.keys(v).length <= max;
  return z.pipe(z.custom<unknown>(small, `more than ${max} entries`), z.record(key, value));
}

export const cardSchema = z.strictObject({
  due: timeSchema,
  stability: bounded(0, 1e6),
  difficulty: bounded(0, 10),
  elapsed_days: bounded(0, 1e6),
  scheduled_days: bounded(0, 1e6),
  learning_steps: z.int().check(z.minimum(0), z.maximum(100)),
  reps: countSchema(),
  lapses: countSchema(),
  state: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  last_review: z.optional(timeSchema),
});

export const exerciseSchema = z
  .strictObject({
    attempts: countSchema(1),
    correct: countSchema(),
    lastResult: z.enum(['right', 'wrong']),
    lastAt: timeSchema,
    card: cardSchema,
  })
  .check(z.refine((e) => e.correct <= e.attempts, 'more correct answers than attempts'));

export const visitSchema = z
  .strictObject({ firstSeen: timeSchema, lastSeen: timeSchema })
  .check(z.refine((q) => q.firstSeen <= q.lastSeen, 'first seen after last seen'));

const tallySchema = z
  .strictObject({ right: countSchema(), total: countSchema() })
  .check(z.refine((t) => t.right <= t.total, 'more right than total'));

export const mockSchema = z
  .strictObject({
    at: timeSchema,
    minutes: z.number().check(z.gt(0), z.maximum(24 * 60)),
    topics: z.array(slugKeySchema).check(z.maxLength(limits.topicsPerMock)),
    score: countSchema(),
    total: countSchema(),
    byTopic: boundedRecord(slugKeySchema, tallySchema, limits.topicsPerMock),
    missed: z.array(exerciseIdSchema).check(z.maxLength(limits.missedPerMock)),
  })
  .check(z.refine((m) => m.score <= m.total, 'score above total'));

export const hintSchema = z.strictObject({
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  at: timeSchema,
  reveals: countSchema(1),
});

export const daySchema = z
  .string()
  .check(z.maxLength(10), z.refine(isDay, 'not a date (YYYY-MM-DD)'));

export const dailySchema = z
  .strictObject({
    lastDay: daySchema,
    streak: countSchema(1),
    best: countSchema(1),
    lastExercise: exerciseIdSchema,
    lastCorrect: z.boolean(),
  })
  .check(z.refine((d) => d.streak <= d.best, 'streak above best'));

export const progressDataSchema: Schema<ProgressData> = z.strictObject({
  version: z.literal(progressVersion),
  exercises: boundedRecord(exerciseIdSchema, exerciseSchema, limits.exercises),
  questions: boundedRecord(slugKeySchema, visitSchema, limits.questions),
  mocks: z.array(mockSchema).check(z.maxLength(limits.mocks)),
  hints: boundedRecord(exerciseIdSchema, hintSchema, limits.exercises),
  daily: z.nullable(dailySchema),
});

const unsafeKeys = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Looks through parsed JSON for keys that could reach an object's prototype, and for nesting
 * far deeper than our format has. Needed besides the schema because zod's records drop a
 * `__proto__` key silently instead of refusing it. Iterative, so no input can overflow the stack.
 * Returns where the problem is, or null.
 */
export function findUnsafeKey(value: unknown, maxDepth = 16): string | null {
  const pending: { value: unknown; path: string; depth: number }[] = [
    { value, path: '', depth: 0 },
  ];
  for (let item = pending.pop(); item; item = pending.pop()) {
    if (typeof item.value !== 'object' || item.value === null) continue;
    if (item.depth > maxDepth) return `${item.path || '(root)'}: nested too deeply`;
    for (const key of Object.keys(item.value)) {
      const path = item.path ? `${item.path}.${key}` : key;
      if (unsafeKeys.has(key)) return `${path}: key not allowed`;
      const child = (item.value as Record<string, unknown>)[key];
      pending.push({ value: child, path, depth: item.depth + 1 });
    }
  }
  return null;
}

export type Checked<T> = { ok: true; data: T } | { ok: false; detail: string };

/** Runs a schema and, on failure, says where in a line a person can act on. */
export function check<T>(schema: Schema<T>, value: unknown): Checked<T> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  const issue = result.error.issues[0];
  const where = issue.path.map(String).join('.') || '(root)';
  const more = result.error.issues.length > 1 ? ` (+${result.error.issues.length - 1} more)` : '';
  return { ok: false, detail: `${where}: ${issue.message}${more}` };
}
