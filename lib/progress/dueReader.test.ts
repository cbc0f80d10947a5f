import 'fake-indexeddb/auto';
import { createStore, del, set } from 'idb-keyval';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseName, progressKey, storeName } from './keys';
import { recordAnswer } from './schedule';
import { openProgressStore } from './store';
import { dueTodayCount } from './summary';
import { emptyProgress } from './types';
import { dueTimesOf, readDueTimes } from './dueReader';

const t0 = new Date('2026-03-01T09:00:00Z');
const quiz = 'quiz:attention-basics:why-scale';
const bug = 'bug:attention-basics:missing-scale';
const idb = createStore(databaseName, storeName);

afterEach(() => del(progressKey, idb));

describe('the header due reader', () => {
  it('reads the due times the store saved, and counts as the store does', async () => {
    let data = recordAnswer(emptyProgress(), quiz, { correct: true }, t0);
    data = recordAnswer(data, bug, { correct: false }, t0);
    const store = await openProgressStore();
    await store.save(data);
    const times = await readDueTimes();
    // FSRS: a first wrong answer returns after 1 minute, a first right one after 10.
    expect(times?.sort()).toEqual([t0.getTime() + 60_000, t0.getTime() + 600_000]);
    const end = new Date(t0.getTime() + 5 * 60_000);
    expect(times?.filter((due) => due <= end.getTime()).length).toBe(1);
    expect(dueTodayCount(await store.load(), t0)).toBe(2);
  });

  it('reads no progress as nothing due', async () => {
    expect(await readDueTimes()).toEqual([]);
  });

  it.each([
    ['not ours', { app: 'other', kind: 'progress', version: 3, data: {} }],
    ['an older format', { app: 'attention-atlas', kind: 'progress', version: 2, data: {} }],
    ['a newer format', { app: 'attention-atlas', kind: 'progress', version: 4, data: {} }],
    ['no exercises', { app: 'attention-atlas', kind: 'progress', version: 3, data: {} }],
    [
      'a card without a due time',
      {
        app: 'attention-atlas',
        kind: 'progress',
        version: 3,
        data: { exercises: { [quiz]: { card: { due: 'soon' } } } },
      },
    ],
    ['a string', 'garbage'],
  ])('is unsure (null) of %s, leaving it to the store', async (_, stored) => {
    await set(progressKey, stored, idb);
    expect(await readDueTimes()).toBeNull();
    expect(dueTimesOf(stored)).toBeNull();
  });
});
