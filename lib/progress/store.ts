import { createStore, del, entries, get, promisifyRequest, set, type UseStore } from 'idb-keyval';
import { appName, backupPrefix, databaseName, fileKind, progressKey, storeName } from './keys';
import { emptyProgress, progressVersion, type ProgressData } from './types';

export { backupPrefix, databaseName };

/**
 * Where progress lives between visits: one IndexedDB value, wrapped in the same envelope as an
 * exported file so that it carries its version and migrates on load like an import does.
 * Opening never throws: without IndexedDB (private mode, blocked, an old browser) progress is
 * kept in memory for the visit and `available` is false, so the UI can say it will not last.
 */
export interface ProgressStore {
  /** False when progress only lives in memory and is lost when the page closes. */
  readonly available: boolean;
  /**
   * True once a load found damaged data: a copy was set aside (see `backups`) and every valid
   * record kept; `dropped` counts the records left out.
   */
  readonly recovered: boolean;
  readonly dropped: number;
  /**
   * True when the stored progress comes from a newer version of the app: it is left untouched,
   * and this visit's progress lives in memory only, until a reload brings the newer app.
   */
  readonly newer: boolean;
  /** The copies of damaged progress set aside, oldest first. */
  backups(): Promise<ProgressBackup[]>;
  removeBackup(key: string): Promise<void>;
  load(): Promise<ProgressData>;
  /** Validates before writing, so a bug cannot leave data that the next load refuses. */
  save(data: ProgressData): Promise<void>;
  /** Forgets the progress (set-aside backups of damaged data are kept). */
  clear(): Promise<void>;
}

export interface ProgressBackup {
  key: string;
  /** When it was set aside, epoch ms. */
  at: number;
  /** The value as it was stored. */
  value: unknown;
}

/** A database that neither opens nor fails (another tab blocking it) must not hang the page. */
const openTimeoutMs = 4000;

export async function openProgressStore(dbName: string = databaseName): Promise<ProgressStore> {
  const idb = await openDatabase(dbName);
  return idb ? databaseStore(idb) : memoryStore();
}

async function openDatabase(dbName: string): Promise<UseStore | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    if (typeof indexedDB === 'undefined') return null;
    const idb = createStore(dbName, storeName);
    // createStore opens lazily; one read proves the database really works here.
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('IndexedDB did not open')), openTimeoutMs);
    });
    await Promise.race([get(progressKey, idb), timeout]);
    return idb;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

function databaseStore(idb: UseStore): ProgressStore {
  let recovered = false;
  let dropped = 0;
  // Set when the stored data is too new: from then on nothing is written (memory only).
  let newer: { kept: ProgressData } | null = null;
  const save = async (data: ProgressData) => {
    const wrapped = await wrap(data);
    if (newer) newer.kept = structuredClone(wrapped.data);
    else await set(progressKey, wrapped, idb);
  };
  return {
    get available() {
      return !newer;
    },
    get recovered() {
      return recovered;
    },
    get dropped() {
      return dropped;
    },
    get newer() {
      return newer !== null;
    },
    async load() {
      if (newer) return structuredClone(newer.kept);
      const raw: unknown = await get(progressKey, idb);
      // A first visit has nothing to check: the checks (zod) load with the first stored record.
      if (raw === undefined) return emptyProgress();
      // Data of today's version is read here; older data (migrations bring ts-fsrs) and damaged
      // data (salvage) load their code only when met, so every page's load stays light.
      const current = (await import('./envelope')).readCurrentEnvelope(raw);
      const read = current ?? (await import('./transfer')).readEnvelope(raw);
      if (read.ok) {
        // Write the migrated form back once, so old data is not migrated on every visit.
        if (read.migratedFrom !== undefined) await save(read.data).catch(() => undefined);
        return read.data;
      }
      if (read.reason === 'too-new') {
        newer = { kept: emptyProgress() };
        return emptyProgress();
      }
      // Keep every valid record; the whole damaged value is kept aside, so nothing is lost.
      const { salvageEnvelope } = await import('./salvage');
      const salvaged = salvageEnvelope(raw);
      const kept = salvaged?.data ?? emptyProgress();
      await setAside(idb, raw, Date.now(), await wrap(kept));
      recovered = true;
      dropped = salvaged ? salvaged.dropped.length : 1;
      return kept;
    },
    save,
    async clear() {
      if (newer) newer.kept = emptyProgress();
      else await del(progressKey, idb);
    },
    async backups() {
      const all = await entries<IDBValidKey, unknown>(idb);
      return all
        .filter(([key]) => typeof key === 'string' && key.startsWith(backupPrefix))
        .map(([key, value]) => ({
          key: key as string,
          at: Number((key as string).slice(backupPrefix.length)),
          value,
        }))
        .sort((a, b) => a.at - b.at);
    },
    async removeBackup(key) {
      if (key.startsWith(backupPrefix)) await del(key, idb);
    },
  };
}

/**
 * Copies a value that failed the check to a backup key and writes what could be kept in its
 * place, in one transaction: kept, never half-moved.
 */
function setAside(idb: UseStore, raw: unknown, at: number, kept: unknown): Promise<void> {
  return idb('readwrite', (store) => {
    store.put(raw, `${backupPrefix}${at}`);
    store.put(kept, progressKey);
    return promisifyRequest(store.transaction);
  });
}

function memoryStore(): ProgressStore {
  let kept: ProgressData = emptyProgress();
  return {
    available: false,
    recovered: false,
    dropped: 0,
    newer: false,
    async backups() {
      return [];
    },
    async removeBackup() {},
    async load() {
      return structuredClone(kept);
    },
    async save(data) {
      // Same check and copy as a real save, so both modes behave alike.
      kept = structuredClone((await wrap(data)).data);
    },
    async clear() {
      kept = emptyProgress();
    },
  };
}

async function wrap(data: ProgressData) {
  const { check, progressDataSchema } = await import('./schema');
  const checked = check(progressDataSchema, data);
  if (!checked.ok) throw new TypeError(`saveProgress: invalid progress, ${checked.detail}`);
  return { app: appName, kind: fileKind, version: progressVersion, savedAt: Date.now(), data };
}
