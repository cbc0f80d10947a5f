import 'fake-indexeddb/auto';
import { createStore, set } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProgressSource, type ProgressSource } from './progressSource';
import { recordAnswer } from './schedule';
import { openProgressStore, type ProgressStore } from './store';
import { emptyProgress, type ProgressData } from './types';

const t0 = new Date('2026-03-01T09:00:00Z');
const quiz = 'quiz:attention-basics:why-scale';
const answer = (correct: boolean) => (d: ProgressData) => recordAnswer(d, quiz, { correct }, t0);

let count = 0;
const sources: ProgressSource[] = [];
/** A source on its own database and channel, closed after the test. */
function source(open?: () => Promise<ProgressStore>, channel = `test-${++count}`) {
  const db = `source-test-${count}`;
  const created = createProgressSource(open ?? (() => openProgressStore(db)), channel);
  sources.push(created);
  return created;
}
afterEach(() => {
  for (const s of sources.splice(0)) s.dispose();
});

/** Resolves once the source has read the saved progress. */
function loaded(s: ProgressSource): Promise<void> {
  s.start();
  return vi.waitFor(() => expect(s.getSnapshot().ready).toBe(true));
}

describe('createProgressSource', () => {
  it('is not ready, and empty, before it starts', () => {
    const s = source();
    expect(s.getSnapshot()).toEqual({
      ready: false,
      data: emptyProgress(),
      available: false,
      recovered: false,
      dropped: 0,
      newer: false,
      backups: [],
    });
  });

  it('loads the saved progress and tells subscribers', async () => {
    const db = `source-test-saved-${++count}`;
    await (await openProgressStore(db)).save(answer(true)(emptyProgress()));
    const s = source(() => openProgressStore(db));
    const listener = vi.fn();
    s.subscribe(listener);
    await loaded(s);
    expect(listener).toHaveBeenCalled();
    expect(s.getSnapshot()).toMatchObject({ ready: true, available: true, recovered: false });
    expect(s.getSnapshot().data.exercises[quiz].attempts).toBe(1);
  });

  it('applies each update to the result of the one before, and saves', async () => {
    const db = `source-test-chain-${++count}`;
    const s = source(() => openProgressStore(db));
    // Not awaited one by one, and before loading: none may be lost.
    await Promise.all([s.update(answer(true)), s.update(answer(false)), s.update(answer(true))]);
    expect(s.getSnapshot().data.exercises[quiz]).toMatchObject({ attempts: 3, correct: 2 });
    const saved = await (await openProgressStore(db)).load();
    expect(saved).toEqual(s.getSnapshot().data);
  });

  it('changes nothing when a save is refused, and goes on working', async () => {
    const s = source();
    await loaded(s);
    const before = s.getSnapshot();
    const broken = (d: ProgressData) => ({ ...d, mocks: 'none' }) as unknown as ProgressData;
    await expect(s.update(broken)).rejects.toThrow(/invalid progress/);
    expect(s.getSnapshot()).toBe(before);
    await s.update(answer(true));
    expect(s.getSnapshot().data.exercises[quiz].attempts).toBe(1);
  });

  it('replaces and clears', async () => {
    const s = source();
    const other = answer(false)(emptyProgress());
    await s.replace(other);
    expect(s.getSnapshot().data).toEqual(other);
    await s.clear();
    expect(s.getSnapshot().data).toEqual(emptyProgress());
  });

  it('reloads when another tab saves', async () => {
    const db = `source-test-tabs-${++count}`;
    const channel = `tabs-${count}`;
    const first = source(() => openProgressStore(db), channel);
    const second = source(() => openProgressStore(db), channel);
    await Promise.all([loaded(first), loaded(second)]);
    await first.update(answer(true));
    await vi.waitFor(() => expect(second.getSnapshot().data.exercises[quiz]?.attempts).toBe(1));
    await second.clear();
    await vi.waitFor(() => expect(first.getSnapshot().data).toEqual(emptyProgress()));
  });

  it("builds on another tab's save even before its message arrives", async () => {
    const db = `source-test-race-${++count}`;
    // Different channels: the two never hear from each other.
    const first = source(() => openProgressStore(db), `race-a-${count}`);
    const second = source(() => openProgressStore(db), `race-b-${count}`);
    await Promise.all([loaded(first), loaded(second)]);
    await first.update(answer(true));
    await second.update(answer(false));
    expect(second.getSnapshot().data.exercises[quiz]).toMatchObject({ attempts: 2, correct: 1 });
  });

  it('keeps progress in memory when the store cannot be loaded at all', async () => {
    const s = source(() => Promise.reject(new Error('chunk failed')));
    await loaded(s);
    expect(s.getSnapshot()).toMatchObject({ ready: true, available: false });
    await s.update(answer(true));
    expect(s.getSnapshot().data.exercises[quiz].attempts).toBe(1);
  });

  it('never writes over progress it failed to read', async () => {
    const save = vi.fn(async () => undefined);
    const store: ProgressStore = {
      available: true,
      recovered: false,
      dropped: 0,
      newer: false,
      backups: async () => [],
      removeBackup: async () => undefined,
      load: () => Promise.reject(new Error('read failed')),
      save,
      clear: async () => undefined,
    };
    const s = source(async () => store);
    await s.update(answer(true));
    expect(save).not.toHaveBeenCalled();
    expect(s.getSnapshot()).toMatchObject({ ready: true, available: false });
    expect(s.getSnapshot().data.exercises[quiz].attempts).toBe(1);
  });

  it('lists a set-aside copy, restores its valid records, and removes it', async () => {
    const db = `source-backup-${++count}`;
    const good = answer(true)(emptyProgress());
    const bad = { ...good.exercises[quiz], correct: 9 };
    const stored = {
      app: 'attention-atlas',
      kind: 'progress',
      version: 3,
      data: { ...good, exercises: { ...good.exercises, 'quiz:attention-basics:other': bad } },
    };
    await set('progress', stored, createStore(db, 'progress'));
    const s = source(() => openProgressStore(db));
    await loaded(s);
    expect(s.getSnapshot()).toMatchObject({ recovered: true, dropped: 1, data: good });
    const [backup] = s.getSnapshot().backups;
    expect(await s.readBackup(backup.key)).toEqual(stored);
    await s.clear();
    expect(s.getSnapshot().data).toEqual(emptyProgress());
    expect(await s.restoreBackup(backup.key)).toBe(true);
    expect(s.getSnapshot().data).toEqual(good);
    await s.removeBackup(backup.key);
    expect(s.getSnapshot().backups).toEqual([]);
    expect(await s.restoreBackup(backup.key)).toBe(false);
  });

  it('fetches the IndexedDB store itself by default', async () => {
    const s = createProgressSource(undefined, `default-${++count}`);
    sources.push(s);
    await loaded(s);
    expect(s.getSnapshot().available).toBe(true);
  });
});
