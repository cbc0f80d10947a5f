import { limits } from './limits';
import { migrate, oldestVersion } from './migrations';
import {
  dailySchema,
  exerciseIdSchema,
  exerciseSchema,
  findUnsafeKey,
  hintSchema,
  mockSchema,
  slugKeySchema,
  type Schema,
  visitSchema,
} from './schema';
import { appName, fileKind } from './keys';
import { emptyProgress, progressVersion, type ProgressData } from './types';

/**
 * Reading damaged progress record by record: one bad record (say correct > attempts) must not
 * cost the learner every good one. Used when stored progress fails the strict check; imports
 * stay strict (a file is refused whole, and says why).
 */

export interface Salvaged {
  data: ProgressData;
  /** Where each record left out was, e.g. "exercises.quiz:a:b". */
  dropped: string[];
}

/**
 * The valid records of a stored envelope of this version or an older one (migrated first);
 * null when nothing in it can be read as progress (not ours, too new, not an object).
 */
export function salvageEnvelope(value: unknown, now: Date = new Date()): Salvaged | null {
  if (!isObject(value) || value.app !== appName || value.kind !== fileKind) return null;
  const { version } = value;
  if (typeof version !== 'number' || !Number.isInteger(version)) return null;
  if (version < oldestVersion || version > progressVersion) return null;
  if (version === progressVersion) return salvageData(value.data);
  const migrated = migrate(value.data, version, now);
  return migrated.ok ? salvageData(migrated.data) : null;
}

/** Keeps each record that passes its own schema; the rest are listed in `dropped`. */
export function salvageData(raw: unknown): Salvaged | null {
  if (!isObject(raw)) return null;
  const dropped: string[] = [];
  const data = emptyProgress();
  data.exercises = records(
    raw.exercises,
    'exercises',
    exerciseIdSchema,
    exerciseSchema,
    limits.exercises,
    dropped,
  );
  data.questions = records(
    raw.questions,
    'questions',
    slugKeySchema,
    visitSchema,
    limits.questions,
    dropped,
  );
  data.hints = records(raw.hints, 'hints', exerciseIdSchema, hintSchema, limits.exercises, dropped);
  if (Array.isArray(raw.mocks)) {
    raw.mocks.forEach((mock, i) => {
      if (i < limits.mocks && valid(mockSchema, mock))
        data.mocks.push(mock as ProgressData['mocks'][number]);
      else dropped.push(`mocks.${i}`);
    });
  } else if (raw.mocks !== undefined) dropped.push('mocks');
  if (raw.daily !== null && raw.daily !== undefined) {
    if (valid(dailySchema, raw.daily)) data.daily = raw.daily as ProgressData['daily'];
    else dropped.push('daily');
  }
  return { data, dropped };
}

function records<T>(
  raw: unknown,
  section: string,
  keySchema: Schema<string>,
  valueSchema: Schema<T>,
  max: number,
  dropped: string[],
): Record<string, T> {
  const kept: Record<string, T> = {};
  if (raw === undefined) return kept;
  if (!isObject(raw)) {
    dropped.push(section);
    return kept;
  }
  let count = 0;
  for (const [key, value] of Object.entries(raw)) {
    if (count < max && valid(keySchema, key) && valid(valueSchema, value)) {
      kept[key] = value as T;
      count++;
    } else dropped.push(`${section}.${key}`);
  }
  return kept;
}

function valid(schema: Schema<unknown>, value: unknown): boolean {
  return findUnsafeKey(value) === null && schema.safeParse(value).success;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
