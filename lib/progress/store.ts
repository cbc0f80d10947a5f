import { createStore, del, get, promisifyRequest, set, type UseStore } from 'idb-keyval';
import { check, progressDataSchema } from './schema';
import { appName, fileKind, readEnvelope } from './transfer';
import { emptyProgress, progressVersion, type ProgressData } from './types';

/**
 * Where progress lives between visits: one IndexedDB value, wrapped in the same envelope as an
 * exported file so that it carries its version and migrates on load like an import does.
 * Opening never throws: without IndexedDB (private mode, blocked, an old browser) progress is
 * kept in memory for the visit and `available` is false, so the UI can say it will not last.
 */
export interface ProgressStore {
  /** False when progress only lives in memory and is lost when the page closes. */
  readonly available: boolean;
  /** True once a load found damaged (or too new) data, set it aside and started empty. */
  readonly recovered: boolean;
  load(): Promise<ProgressData>;
  /** Validates before writing, so a bug cannot leave data that the next load refuses. */
  save(data: ProgressData): Promise<void>;
  /** Forgets the progress (set-aside backups of damaged data are kept). */
  clear(): Promise<void>;
}

export const databaseName = 'attention-atlas';
const storeName = 'progress';
const progressKey = 'progress';
export const backupPrefix = 'progress-corrupt-';

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
  const save = async (data: ProgressData) => {
    await set(progressKey, wrap(data), idb);
  };
  return {
    available: true,
    get recovered() {
      return recovered;
    },
    async load() {
      const raw: unknown = await get(progressKey, idb);
      if (raw === undefined) return emptyProgress();
      const read = readEnvelope(raw);
      if (read.ok) {
        // Write the migrated form back once, so old data is not migrated on every visit.
        if (read.migratedFrom !== undefined) await save(read.data).catch(() => undefined);
        return read.data;
      }
      await setAside(idb, raw, Date.now());
      recovered = true;
      return emptyProgress();
    },
    save,
    async clear() {
      await del(progressKey, idb);
    },
  };
}

/** Moves a value we cannot read to a backup key in one transaction: kept, never half-moved. */
function setAside(idb: UseStore, raw: unknown, at: number): Promise<void> {
  return idb('readwrite', (store) => {
    store.put(raw, `${backupPrefix}${at}`);
    store.delete(progressKey);
    return promisifyRequest(store.transaction);
  });
}

function memoryStore(): ProgressStore {
  let kept: ProgressData = emptyProgress();
  return {
    available: false,
    recovered: false,
    async load() {
      return structuredClone(kept);
    },
    async save(data) {
      // Same check and copy as a real save, so both modes behave alike.
      kept = structuredClone(wrap(data).data);
    },
    async clear() {
      kept = emptyProgress();
    },
  };
}

function wrap(data: ProgressData) {
  const checked = check(progressDataSchema, data);
  if (!checked.ok) throw new TypeError(`saveProgress: invalid progress, ${checked.detail}`);
  return { app: appName, kind: fileKind, version: progressVersion, savedAt: Date.now(), data };
}
