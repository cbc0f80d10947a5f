import { describe, expect, it } from 'vitest';
import { clearMock, mockStorageKey, readMock, writeMock, type SavedMock } from './mockState';

/** A Storage in memory, as sessionStorage behaves. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, String(v)),
  };
}

const state: SavedMock = {
  search: '?mode=mock&minutes=20',
  seed: 42,
  ids: ['quiz:a:b', 'drill:a:c'],
  deadline: Date.UTC(2026, 0, 1, 10, 20),
  index: 1,
  answers: [{ exerciseId: 'quiz:a:b', correct: false, skipped: true }],
  ended: null,
};

describe('mock state in sessionStorage', () => {
  it('round-trips for the same link, and is ignored for another', () => {
    const storage = memoryStorage();
    writeMock(storage, state);
    expect(readMock(storage, state.search)).toEqual(state);
    expect(readMock(storage, '?mode=mock&minutes=45')).toBeNull();
    clearMock(storage);
    expect(readMock(storage, state.search)).toBeNull();
  });

  it('ignores what it cannot read instead of throwing', () => {
    const storage = memoryStorage();
    storage.setItem(mockStorageKey, '{not json');
    expect(readMock(storage, state.search)).toBeNull();
    storage.setItem(mockStorageKey, JSON.stringify({ ...state, index: -1 }));
    expect(readMock(storage, state.search)).toBeNull();
    storage.setItem(mockStorageKey, JSON.stringify({ ...state, answers: [{ exerciseId: 1 }] }));
    expect(readMock(storage, state.search)).toBeNull();
    expect(readMock(undefined, state.search)).toBeNull();
  });
});
