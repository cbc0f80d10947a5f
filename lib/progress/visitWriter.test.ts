import 'fake-indexeddb/auto';
import { createStore, del, get, set } from 'idb-keyval';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseName, progressKey, storeName } from './keys';
import { recordAnswer } from './schedule';
import { openProgressStore } from './store';
import { emptyProgress } from './types';
import { recordVisit } from './visitWriter';

const t0 = new Date('2026-03-01T09:00:00Z');
const t1 = new Date('2026-03-02T10:30:00Z');
const quiz = 'quiz:attention-basics:why-scale';
const idb = createStore(databaseName, storeName);

afterEach(() => del(progressKey, idb));

describe('recording a visit without the store', () => {
  it('starts progress on a first visit, in a record the store reads as valid', async () => {
    expect(await recordVisit('attention-basics', t0)).toBe(true);
    const store = await openProgressStore();
    const data = await store.load();
    expect(store.recovered).toBe(false);
    expect(data).toEqual({
      ...emptyProgress(),
      questions: { 'attention-basics': { firstSeen: t0.getTime(), lastSeen: t0.getTime() } },
    });
  });

  it('keeps every other record and the first visit, and moves the last', async () => {
    const store = await openProgressStore();
    await store.save(recordAnswer(emptyProgress(), quiz, { correct: true }, t0));
    const before = await store.load();
    expect(await recordVisit('attention-basics', t0)).toBe(true);
    expect(await recordVisit('attention-basics', t1)).toBe(true);
    expect(await recordVisit('multi-head-attention', t1)).toBe(true);
    const after = await (await openProgressStore()).load();
    expect(after.exercises).toEqual(before.exercises);
    expect(after.questions).toEqual({
      'attention-basics': { firstSeen: t0.getTime(), lastSeen: t1.getTime() },
      'multi-head-attention': { firstSeen: t1.getTime(), lastSeen: t1.getTime() },
    });
  });

  const envelope = { app: 'attention-atlas', kind: 'progress', savedAt: 1 };
  it.each([
    ['an older format', { ...envelope, version: 2, data: { ...emptyProgress(), version: 2 } }],
    ['a newer format', { ...envelope, version: 4, data: {} }],
    ['not ours', { ...envelope, app: 'other', version: 3, data: emptyProgress() }],
    [
      'a damaged visit',
      {
        ...envelope,
        version: 3,
        data: { ...emptyProgress(), questions: { 'attention-basics': { firstSeen: 'x' } } },
      },
    ],
    [
      'a first visit after this one',
      {
        ...envelope,
        version: 3,
        data: {
          ...emptyProgress(),
          questions: { 'attention-basics': { firstSeen: t1.getTime(), lastSeen: t1.getTime() } },
        },
      },
    ],
  ])('leaves %s to the store, untouched', async (_, stored) => {
    await set(progressKey, stored, idb);
    expect(await recordVisit('attention-basics', t0)).toBe(false);
    expect(await get(progressKey, idb)).toEqual(stored);
  });

  it('refuses a slug that is not one', async () => {
    expect(await recordVisit('__proto__', t0)).toBe(false);
    expect(await get(progressKey, idb)).toBeUndefined();
  });
});
