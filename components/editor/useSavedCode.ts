'use client';

import { useState, useSyncExternalStore } from 'react';
import { loadCode, saveCode } from '@/lib/runtime/savedCode';

const noSubscribe = () => () => {};

export interface SavedCode {
  /** The code to show: the learner's edit, else the original. */
  code: string;
  /** For the editor's own changes: kept, never pushed back into the editor. */
  edit: (code: string) => void;
  /** For changes from outside the editor (Reset): kept, and the editor shows them. */
  replace: (code: string) => void;
  /** Bumped by `replace`; the editor applies `code` when it changes (CodeEditor's revision). */
  revision: number;
}

/**
 * The learner's edit of one code block, kept on the device under `key` so it survives a
 * reload; editing back to the original forgets it.
 */
export function useSavedCode(key: string, original: string): SavedCode {
  const saved = useSyncExternalStore(
    noSubscribe,
    () => loadCode(key),
    () => null,
  );
  const [draft, setDraft] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);
  const edit = (next: string) => {
    setDraft(next);
    saveCode(key, next === original ? null : next);
  };
  const replace = (next: string) => {
    edit(next);
    setRevision((r) => r + 1);
  };
  return { code: draft ?? saved ?? original, edit, replace, revision };
}
