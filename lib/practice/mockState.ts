import type { AnswerRecord } from './session';

/**
 * A mock interview in progress, kept in the tab's sessionStorage so a reload resumes it: the
 * same items (by seed and ids), the same clock (the deadline, not the time left) and the
 * answers so far. One per tab: another tab runs its own mock. Read defensively, since storage
 * may hold anything (an older build's value, a hand edit).
 */
export interface SavedMock {
  /** The session's URL query: a different mock link starts afresh. */
  search: string;
  seed: number;
  ids: string[];
  /** Epoch ms when time runs out. */
  deadline: number;
  index: number;
  answers: AnswerRecord[];
  /** How it ended, once it has: its summary comes back on reload, recorded only once. */
  ended: 'time' | 'early' | 'done' | null;
}

export const mockStorageKey = 'attention-atlas-mock';

export function readMock(storage: Storage | undefined, search: string): SavedMock | null {
  try {
    const raw = storage?.getItem(mockStorageKey);
    if (!raw) return null;
    const value: unknown = JSON.parse(raw);
    return isSavedMock(value) && value.search === search ? value : null;
  } catch {
    return null;
  }
}

/** Best effort: without storage (private mode, quota) the mock still runs, unsaved. */
export function writeMock(storage: Storage | undefined, state: SavedMock): void {
  try {
    storage?.setItem(mockStorageKey, JSON.stringify(state));
  } catch {
    // Nothing to do: the mock goes on in memory.
  }
}

export function clearMock(storage: Storage | undefined): void {
  try {
    storage?.removeItem(mockStorageKey);
  } catch {
    // As above.
  }
}

function isSavedMock(v: unknown): v is SavedMock {
  if (typeof v !== 'object' || v === null) return false;
  const m = v as Record<string, unknown>;
  return (
    typeof m.search === 'string' &&
    Number.isInteger(m.seed) &&
    Array.isArray(m.ids) &&
    m.ids.every((id) => typeof id === 'string') &&
    Number.isFinite(m.deadline) &&
    Number.isInteger(m.index) &&
    (m.index as number) >= 0 &&
    Array.isArray(m.answers) &&
    m.answers.every(isAnswer) &&
    (m.ended === null || m.ended === 'time' || m.ended === 'early' || m.ended === 'done')
  );
}

function isAnswer(v: unknown): v is AnswerRecord {
  if (typeof v !== 'object' || v === null) return false;
  const a = v as Record<string, unknown>;
  return (
    typeof a.exerciseId === 'string' &&
    typeof a.correct === 'boolean' &&
    (a.skipped === undefined || typeof a.skipped === 'boolean') &&
    (a.response === undefined || (typeof a.response === 'object' && a.response !== null))
  );
}
