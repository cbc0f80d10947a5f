import 'fake-indexeddb/auto';
import { createStore, entries, get, set } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordAnswer } from './schedule';
import { backupPrefix, openProgressStore } from './store';
import { emptyProgress, type ProgressData } from './types';

const t0 = new Date('2026-03-01T09:00:00Z');
const quiz = 'quiz:attention-basics:why-scale';
let dbCount = 0;
/** Each test gets its own database, so none sees another's leftovers. */
const freshDb = () => `progress-test-${++dbCount}`;
/** A second, independent view of the same database, to look behind the store's back. */
const raw = (db: string) => createStore(db, 'progress');

const answered = (): ProgressData => recordAnswer(emptyProgress(), quiz, { correct: true }, t0);

describe('openProgressStore with IndexedDB', () => {
  it('starts empty, then gives back what was saved', async () => {
    const db = freshDb();
    const store = await openProgressStore(db);
    expect(store.available).toBe(true);
    expect(await store.load()).toEqual(emptyProgress());
    await store.save(answered());
    const reopened = await openProgressStore(db);
    expect(await reopened.load()).toEqual(answered());
    expect(reopened.recovered).toBe(false);
  });

  it('saves the version with the data', async () => {
    const db = freshDb();
    await (await openProgressStore(db)).save(answered());
    expect(await get('progress', raw(db))).toMatchObject({
      app: 'attention-atlas',
      kind: 'progress',
      version: 3,
      data: answered(),
    });
  });

  it('sets damaged data aside under a backup key and starts empty', async () => {
    const db = freshDb();
    const damaged = {
      app: 'attention-atlas',
      kind: 'progress',
      version: 2,
      data: { exercises: 7 },
    };
    await set('progress', damaged, raw(db));
    const store = await openProgressStore(db);
    expect(await store.load()).toEqual(emptyProgress());
    expect(store.recovered).toBe(true);
    const backups = await store.backups();
    expect(backups).toHaveLength(1);
    expect(backups[0].key.startsWith(backupPrefix)).toBe(true);
    expect(backups[0].value).toEqual(damaged);
    // The next save goes to the normal key and the backup stays.
    await store.save(answered());
    expect(await (await openProgressStore(db)).load()).toEqual(answered());
    expect(await entries(raw(db))).toHaveLength(2);
  });

  it('keeps every valid record and sets aside only the damaged copy', async () => {
    const db = freshDb();
    let good = emptyProgress();
    for (let i = 0; i < 21; i++) {
      good = recordAnswer(good, `quiz:attention-basics:item-${i}`, { correct: i % 2 === 0 }, t0);
    }
    const bad = { ...good.exercises['quiz:attention-basics:item-0'], correct: 5, attempts: 1 };
    const stored = {
      app: 'attention-atlas',
      kind: 'progress',
      version: 3,
      data: { ...good, exercises: { ...good.exercises, 'quiz:attention-basics:bad': bad } },
    };
    await set('progress', stored, raw(db));
    const store = await openProgressStore(db);
    const loaded = await store.load();
    expect(Object.keys(loaded.exercises)).toHaveLength(21);
    expect(loaded).toEqual(good);
    expect(store.recovered).toBe(true);
    expect(store.dropped).toBe(1);
    // The kept records are written back; the damaged copy waits under its backup key.
    expect(await get('progress', raw(db))).toMatchObject({ version: 3, data: good });
    expect((await store.backups()).map((b) => b.value)).toEqual([stored]);
    // A second visit reads the kept records as they are: nothing is damaged any more.
    const again = await openProgressStore(db);
    expect(await again.load()).toEqual(good);
    expect(again.recovered).toBe(false);
    // The backup stays until the learner removes it.
    const [backup] = await again.backups();
    await again.removeBackup(backup.key);
    expect(await again.backups()).toEqual([]);
  });

  it('leaves progress from a newer version untouched and saves nothing over it', async () => {
    const db = freshDb();
    const future = { app: 'attention-atlas', kind: 'progress', version: 4, data: { any: 1 } };
    await set('progress', future, raw(db));
    const store = await openProgressStore(db);
    expect(await store.load()).toEqual(emptyProgress());
    expect(store.newer).toBe(true);
    expect(store.recovered).toBe(false);
    expect(store.available).toBe(false);
    await store.save(answered());
    expect(await store.load()).toEqual(answered());
    await store.clear();
    expect(await get('progress', raw(db))).toEqual(future);
    expect(await entries(raw(db))).toHaveLength(1);
  });

  it('treats a value that is not ours at all as damaged', async () => {
    const db = freshDb();
    await set('progress', 'garbage', raw(db));
    const store = await openProgressStore(db);
    expect(await store.load()).toEqual(emptyProgress());
    expect(store.recovered).toBe(true);
  });

  it('migrates version 1 data on load and writes it back migrated', async () => {
    const db = freshDb();
    const at = Date.UTC(2025, 5, 1);
    await set(
      'progress',
      {
        app: 'attention-atlas',
        kind: 'progress',
        version: 1,
        data: { questions: {}, answers: { [quiz]: { correct: false, at } } },
      },
      raw(db),
    );
    const data = await (await openProgressStore(db)).load();
    expect(data.exercises[quiz]).toMatchObject({ attempts: 1, correct: 0, lastResult: 'wrong' });
    expect(await get('progress', raw(db))).toMatchObject({ version: 3, data });
  });

  it('refuses to save invalid data and keeps what was there', async () => {
    const db = freshDb();
    const store = await openProgressStore(db);
    await store.save(answered());
    const bad = { ...answered(), questions: { constructor: { firstSeen: 1, lastSeen: 2 } } };
    await expect(store.save(bad)).rejects.toThrow(/saveProgress: invalid progress, questions/);
    expect(await store.load()).toEqual(answered());
  });

  it('clears the progress', async () => {
    const db = freshDb();
    const store = await openProgressStore(db);
    await store.save(answered());
    await store.clear();
    expect(await store.load()).toEqual(emptyProgress());
  });
});

describe('openProgressStore without IndexedDB', () => {
  const real = globalThis.indexedDB;
  afterEach(() => {
    globalThis.indexedDB = real;
  });

  it('keeps progress in memory and says so', async () => {
    // @ts-expect-error: removing it is the point of the test
    delete globalThis.indexedDB;
    const store = await openProgressStore(freshDb());
    expect(store.available).toBe(false);
    expect(await store.load()).toEqual(emptyProgress());
    await store.save(answered());
    expect(await store.load()).toEqual(answered());
    await expect(store.save({ ...answered(), mocks: 'none' } as never)).rejects.toThrow();
    await store.clear();
    expect(await store.load()).toEqual(emptyProgress());
  });

  it('falls back to memory when opening throws (private mode, blocked)', async () => {
    globalThis.indexedDB = {
      open() {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const store = await openProgressStore(freshDb());
    expect(store.available).toBe(false);
    await store.save(answered());
    expect(await store.load()).toEqual(answered());
  });

  it('falls back to memory when the open request fails', async () => {
    globalThis.indexedDB = {
      open() {
        const request = { error: new DOMException('quota', 'InvalidStateError') } as IDBRequest;
        queueMicrotask(() => request.onerror?.(new Event('error')));
        return request;
      },
    } as unknown as IDBFactory;
    expect((await openProgressStore(freshDb())).available).toBe(false);
  });

  it('gives up on a database that never opens (blocked by another tab)', async () => {
    vi.useFakeTimers();
    try {
      globalThis.indexedDB = { open: () => ({}) as IDBRequest } as unknown as IDBFactory;
      const opening = openProgressStore(freshDb());
      await vi.advanceTimersByTimeAsync(4000);
      expect((await opening).available).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
