import type { ProgressStore } from './store';
import { emptyProgress, type ProgressData } from './types';

/**
 * The page's one copy of progress, as an external store for React's useSyncExternalStore,
 * kept apart from React so it can be tested without a browser.
 * All writes go through one queue, so an update always applies to the result of the one before,
 * and state changes only after the store accepted the write.
 */

export interface ProgressSnapshot {
  /** False until the saved progress has been read (and always during prerendering). */
  ready: boolean;
  data: ProgressData;
  available: boolean;
  /** This visit's load found damaged data, kept its valid records and set a copy aside. */
  recovered: boolean;
  /** How many records that load left out. */
  dropped: number;
  /** The stored progress is from a newer version: left untouched, nothing saved this visit. */
  newer: boolean;
  /** Copies of damaged progress set aside on this device (when, and a key to reach them). */
  backups: { key: string; at: number }[];
}

export const initialSnapshot: ProgressSnapshot = Object.freeze({
  ready: false,
  data: emptyProgress(),
  available: false,
  recovered: false,
  dropped: 0,
  newer: false,
  backups: [],
});

export interface ProgressSource {
  getSnapshot(): ProgressSnapshot;
  subscribe(listener: () => void): () => void;
  /** Opens the store and loads; later calls do nothing. */
  start(): void;
  update(fn: (data: ProgressData) => ProgressData): Promise<void>;
  replace(data: ProgressData): Promise<void>;
  clear(): Promise<void>;
  /** A set-aside copy as it was stored (for download); undefined when gone. */
  readBackup(key: string): Promise<unknown>;
  /** Replaces progress with every valid record of a set-aside copy; false if none could be read. */
  restoreBackup(key: string): Promise<boolean>;
  removeBackup(key: string): Promise<void>;
  /** Stops listening to other tabs. */
  dispose(): void;
}

export const channelName = 'attention-atlas-progress';

// The store module brings idb-keyval and zod; it is only fetched once a page asks for progress.
const openDefault = () => import('./store').then((m) => m.openProgressStore());

export function createProgressSource(
  open: () => Promise<ProgressStore> = openDefault,
  channel: string = channelName,
): ProgressSource {
  let snapshot = initialSnapshot;
  const listeners = new Set<() => void>();
  let opened: Promise<ProgressStore | null> | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let tabs: BroadcastChannel | null = null;

  const publish = (next: Partial<ProgressSnapshot>) => {
    snapshot = { ...snapshot, ...next };
    for (const listener of listeners) listener();
  };

  const enqueue = <T>(task: (store: ProgressStore | null) => Promise<T>): Promise<T> => {
    const run = queue.then(ensureOpened).then(task);
    queue = run.catch(() => undefined);
    return run;
  };

  const reload = async (store: ProgressStore | null) => {
    if (store) publish({ data: await store.load(), ...(await facts(store)) });
  };

  const facts = async (store: ProgressStore | null) => ({
    recovered: store?.recovered ?? false,
    dropped: store?.dropped ?? 0,
    newer: store?.newer ?? false,
    backups: (await store?.backups().catch(() => []))?.map(({ key, at }) => ({ key, at })) ?? [],
  });

  const write = (change: (store: ProgressStore | null) => Promise<ProgressData>) =>
    enqueue(async (store) => {
      publish({ data: await change(store) });
      tabs?.postMessage('saved');
    });

  const update = (fn: (data: ProgressData) => ProgressData) =>
    write(async (store) => {
      // Start from what is stored, not from our copy: another tab may have saved since, and its
      // message may not have arrived yet. Reading first makes losing its change unlikely.
      const next = fn(store ? await store.load() : snapshot.data);
      await store?.save(next);
      return next;
    });

  /** Resolves to the store once loaded, or to null when progress can only live in memory. */
  function ensureOpened(): Promise<ProgressStore | null> {
    opened ??= (async () => {
      // A store module that cannot be fetched (offline before it was cached) or a first read
      // that fails leaves progress in memory for this visit: writing then could overwrite
      // progress we merely failed to read.
      let store = await open().catch(() => null);
      let data = emptyProgress();
      try {
        if (store) data = await store.load();
      } catch {
        store = null;
      }
      if (store?.available && typeof BroadcastChannel !== 'undefined') {
        tabs = new BroadcastChannel(channel);
        tabs.onmessage = () => void enqueue(reload).catch(() => undefined);
      }
      publish({ ready: true, data, available: store?.available ?? false, ...(await facts(store)) });
      return store;
    })();
    return opened;
  }

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      void ensureOpened();
    },
    update,
    replace: (data) => update(() => data),
    clear: () =>
      write(async (store) => {
        await store?.clear();
        return emptyProgress();
      }),
    readBackup: (key) =>
      enqueue(async (store) => (await store?.backups())?.find((b) => b.key === key)?.value),
    async restoreBackup(key) {
      const value = await enqueue(
        async (store) => (await store?.backups())?.find((b) => b.key === key)?.value,
      );
      // Loaded on demand: salvage brings zod, which this cheap module must not.
      const { salvageEnvelope } = await import('./salvage');
      const salvaged = value === undefined ? null : salvageEnvelope(value);
      if (!salvaged) return false;
      await update(() => salvaged.data);
      return true;
    },
    removeBackup: (key) =>
      enqueue(async (store) => {
        await store?.removeBackup(key);
        publish({ backups: snapshot.backups.filter((b) => b.key !== key) });
      }),
    dispose() {
      tabs?.close();
      tabs = null;
    },
  };
}
