import { appName, fileKind } from './keys';
import { check, findUnsafeKey, progressDataSchema, timeSchema } from './schema';
import { progressVersion, type ProgressData } from './types';

/**
 * Reading the envelope progress is kept in (IndexedDB) or exported in (files), up to its data.
 * Kept apart from `transfer.ts` so the store reads today's format without loading the
 * migrations, which bring ts-fsrs: every page reads progress, few ever meet an old format.
 */

/** Why a file was refused; codes, which the UI turns into sentences in the learner's language. */
export type ImportFailure = 'too-large' | 'not-json' | 'not-ours' | 'too-new' | 'invalid';

export type ImportResult =
  | { ok: true; data: ProgressData; migratedFrom?: number }
  | { ok: false; reason: ImportFailure; detail?: string };

type Head = { ok: true; version: number; data: unknown } | Extract<ImportResult, { ok: false }>;

/** Checks everything but the data: safe keys, ours, a version we could read, a valid stamp. */
export function readEnvelopeHead(value: unknown): Head {
  const unsafe = findUnsafeKey(value);
  if (unsafe) return { ok: false, reason: 'invalid', detail: unsafe };
  if (!isPlainObject(value) || value.app !== appName || value.kind !== fileKind) {
    return { ok: false, reason: 'not-ours' };
  }
  const { version } = value;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'invalid', detail: `version: ${String(version)}` };
  }
  if (version > progressVersion) return { ok: false, reason: 'too-new', detail: `v${version}` };
  const stamp = value.exportedAt ?? value.savedAt;
  if (stamp !== undefined && !timeSchema.safeParse(stamp).success) {
    return { ok: false, reason: 'invalid', detail: 'exportedAt: not a time' };
  }
  return { ok: true, version, data: value.data };
}

/** Validates data of today's version. */
export function checkCurrentData(data: unknown): ImportResult {
  const checked = check(progressDataSchema, data);
  return checked.ok
    ? { ok: true, data: checked.data }
    : { ok: false, reason: 'invalid', detail: checked.detail };
}

/**
 * Reads an envelope as `readEnvelope` does, except that data of an older version is not
 * migrated: null then, and the caller loads `transfer.ts` for it.
 */
export function readCurrentEnvelope(value: unknown): ImportResult | null {
  const head = readEnvelopeHead(value);
  if (!head.ok) return head;
  return head.version < progressVersion ? null : checkCurrentData(head.data);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
