import { checkCurrentData, readEnvelopeHead, type ImportResult } from './envelope';
import { appName, fileKind } from './keys';
import { limits } from './limits';
import { migrate, oldestVersion } from './migrations';
import { progressVersion, type ProgressData } from './types';

export type { ImportFailure, ImportResult } from './envelope';
export { appName, fileKind };

/**
 * Progress as a file the learner can keep or move to another device, and the one reader used
 * both for imported files and for what IndexedDB gives back (which may be older or damaged).
 */

export interface ProgressEnvelope {
  app: typeof appName;
  kind: typeof fileKind;
  version: typeof progressVersion;
  exportedAt: number;
  data: ProgressData;
}

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
  const head = readEnvelopeHead(value);
  if (!head.ok) return head;
  const { version } = head;
  if (version < oldestVersion) {
    return { ok: false, reason: 'invalid', detail: `version: ${String(version)}` };
  }
  if (version === progressVersion) return checkCurrentData(head.data);
  const migrated = migrate(head.data, version, now);
  if (!migrated.ok) return { ok: false, reason: 'invalid', detail: migrated.detail };
  const checked = checkCurrentData(migrated.data);
  return checked.ok ? { ...checked, migratedFrom: version } : checked;
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
