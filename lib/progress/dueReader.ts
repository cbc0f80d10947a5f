import { createStore, get } from 'idb-keyval';
import { appName, databaseName, fileKind, progressKey, storeName } from './keys';
import { progressVersion } from './types';

/**
 * The header's due count without the store: every page shows it, and the store brings zod (and
 * its full validation) that a page which only shows a number does not need. This reads the
 * stored record and takes each card's due time, checking only what it reads. Anything it does not
 * expect (an older or newer format, a damaged record) gives null, and the caller falls back to
 * the store, which validates, migrates or salvages as on the practice page.
 */

/** Due times (epoch ms) of every card stored; [] with no progress; null when unsure. */
export async function readDueTimes(): Promise<number[] | null> {
  if (typeof indexedDB === 'undefined') return null;
  try {
    return dueTimesOf(await get(progressKey, createStore(databaseName, storeName)));
  } catch {
    return null;
  }
}

export function dueTimesOf(stored: unknown): number[] | null {
  if (stored === undefined) return [];
  if (!isObject(stored) || stored.app !== appName || stored.kind !== fileKind) return null;
  if (stored.version !== progressVersion || !isObject(stored.data)) return null;
  const { exercises } = stored.data;
  if (!isObject(exercises)) return null;
  const times: number[] = [];
  for (const record of Object.values(exercises)) {
    const due = isObject(record) && isObject(record.card) ? record.card.due : undefined;
    if (typeof due !== 'number' || !Number.isFinite(due)) return null;
    times.push(due);
  }
  return times;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
