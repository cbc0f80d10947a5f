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
  recovered: boolean;
}

export const initialSnapshot: ProgressSnapshot = Object.freeze({
  ready: false,
  data: emptyProgress(),
  available: false,
  recovered: false,
});

export interface ProgressSource {
  getSnapshot(): ProgressSnapshot;
  subscribe(listener: () => void): () => void;
  /** Opens the store and loads; later calls do nothing. */
  start(): void;
  update(fn: (data: ProgressData) => ProgressData): Promise<void>;
  replace(data: ProgressData): Promise<void>;
  clear(): Promise<void>;
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
    if (store) publish({ data: await store.load(), recovered: store.recovered });
  };

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
      publish({
        ready: true,
        data,
        available: store?.available ?? false,
        recovered: store?.recovered ?? false,
      });
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
    dispose() {
      tabs?.close();
      tabs = null;
    },
  };
}
