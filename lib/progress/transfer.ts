import { limits } from './limits';
import { migrate, oldestVersion } from './migrations';
import { check, findUnsafeKey, progressDataSchema, timeSchema } from './schema';
import { progressVersion, type ProgressData } from './types';

/**
 * Progress as a file the learner can keep or move to another device, and the one reader used
 * both for imported files and for what IndexedDB gives back (which may be older or damaged).
 */

export const appName = 'attention-atlas';
export const fileKind = 'progress';

export interface ProgressEnvelope {
  app: typeof appName;
  kind: typeof fileKind;
  version: typeof progressVersion;
  exportedAt: number;
  data: ProgressData;
}

/** Why a file was refused; codes, which the UI turns into sentences in the learner's language. */
export type ImportFailure = 'too-large' | 'not-json' | 'not-ours' | 'too-new' | 'invalid';

export type ImportResult =
  | { ok: true; data: ProgressData; migratedFrom?: number }
  | { ok: false; reason: ImportFailure; detail?: string };

export function exportProgress(data: ProgressData, now: Date): string {
  const envelope: ProgressEnvelope = {
    app: appName,
    kind: fileKind,
    version: progressVersion,
    exportedAt: now.getTime(),
    data,
  };
  // Compact: the largest allowed data must still fit under the import size limit.
  return JSON.stringify(envelope);
}

/**
 * Reads an exported file. The size is checked before parsing, so a huge file costs nothing.
 * `now` is only used by migrations that need a time the old format did not record.
 */
export function importProgress(text: string, now: Date = new Date()): ImportResult {
  if (text.length > limits.importChars) return { ok: false, reason: 'too-large' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: 'not-json', detail: (error as Error).message };
  }
  return readEnvelope(value, now);
}

/** Checks an envelope (already parsed), migrates its data if older, and validates it. */
export function readEnvelope(value: unknown, now: Date = new Date()): ImportResult {
  const unsafe = findUnsafeKey(value);
  if (unsafe) return { ok: false, reason: 'invalid', detail: unsafe };
  if (!isPlainObject(value) || value.app !== appName || value.kind !== fileKind) {
    return { ok: false, reason: 'not-ours' };
  }
  const { version } = value;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < oldestVersion) {
    return { ok: false, reason: 'invalid', detail: `version: ${String(version)}` };
  }
  if (version > progressVersion) return { ok: false, reason: 'too-new', detail: `v${version}` };
  const stamp = value.exportedAt ?? value.savedAt;
  if (stamp !== undefined && !timeSchema.safeParse(stamp).success) {
    return { ok: false, reason: 'invalid', detail: 'exportedAt: not a time' };
  }
  const migrated = version < progressVersion ? migrate(value.data, version, now) : undefined;
  if (migrated && !migrated.ok) return { ok: false, reason: 'invalid', detail: migrated.detail };
  const checked = check(progressDataSchema, migrated ? migrated.data : value.data);
  if (!checked.ok) return { ok: false, reason: 'invalid', detail: checked.detail };
  return migrated
    ? { ok: true, data: checked.data, migratedFrom: version }
    : { ok: true, data: checked.data };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Leaves out the records (and hints) of exercises this site does not have, say from a file made
 * by a later version or edited by hand: kept, they would count as due forever, since no session
 * can ever show them. Returns what was left out.
 */
export function withoutUnknownExercises(
  data: ProgressData,
  known: (id: string) => boolean,
): { data: ProgressData; dropped: string[] } {
  const dropped = Object.keys(data.exercises).filter((id) => !known(id));
  if (dropped.length === 0 && Object.keys(data.hints).every(known)) return { data, dropped };
  const keep = <T>(records: Record<string, T>) =>
    Object.fromEntries(Object.entries(records).filter(([id]) => known(id)));
  return { data: { ...data, exercises: keep(data.exercises), hints: keep(data.hints) }, dropped };
}
