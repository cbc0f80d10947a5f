import { createStore, promisifyRequest } from 'idb-keyval';
import { isSlug } from './ids';
import { appName, databaseName, fileKind, progressKey, storeName } from './keys';
import { limits } from './limits';
import { channelName } from './progressSource';
import { emptyProgress, progressVersion } from './types';
import { checkedTime } from './visits';

/**
 * Records a question page's visit straight in the stored record, without the store: every
 * question page records one at start, and the store brings zod (its full check of the record),
 * which reading a page does not otherwise need. Only the one entry changes, with values made
 * here; the rest of the record is written back as it was. Anything unexpected (another format,
 * a damaged entry, a full list, no IndexedDB) returns false, and the caller records the visit
 * through the store, which checks, migrates or salvages as usual.
 */
export async function recordVisit(slug: string, now: Date): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  const at = checkedTime('recordVisit', now);
  let written = false;
  try {
    const idb = createStore(databaseName, storeName);
    await idb('readwrite', (store) => {
      const read = store.get(progressKey);
      read.onsuccess = () => {
        const next = withVisit(read.result, slug, at);
        if (next === null) return;
        store.put(next, progressKey);
        written = true;
      };
      return promisifyRequest(store.transaction);
    });
  } catch {
    return false;
  }
  // Other tabs, and this page's own progress if something on it loaded it, read it again.
  if (written && typeof BroadcastChannel !== 'undefined') {
    const tabs = new BroadcastChannel(channelName);
    tabs.postMessage('saved');
    tabs.close();
  }
  return written;
}

/** The stored record with the visit added, or null when this cheap path must not touch it. */
export function withVisit(stored: unknown, slug: string, at: number): object | null {
  if (!isSlug(slug)) return null;
  if (stored === undefined) {
    const data = { ...emptyProgress(), questions: { [slug]: { firstSeen: at, lastSeen: at } } };
    return { app: appName, kind: fileKind, version: progressVersion, savedAt: at, data };
  }
  if (!isObject(stored) || stored.app !== appName || stored.kind !== fileKind) return null;
  if (stored.version !== progressVersion || !isObject(stored.data)) return null;
  const { questions } = stored.data;
  if (!isObject(questions)) return null;
  const before = Object.hasOwn(questions, slug) ? questions[slug] : undefined;
  let firstSeen = at;
  if (before !== undefined) {
    if (!isObject(before) || !isTime(before.firstSeen) || before.firstSeen > at) return null;
    firstSeen = before.firstSeen;
  } else if (Object.keys(questions).length >= limits.questions) {
    return null;
  }
  return {
    ...stored,
    savedAt: at,
    data: { ...stored.data, questions: { ...questions, [slug]: { firstSeen, lastSeen: at } } },
  };
}

function isTime(value: unknown): value is number {
  return (
    typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= limits.latestTime
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
