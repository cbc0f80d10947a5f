'use client';

import { useState, useSyncExternalStore } from 'react';
import { loadCode, saveCode } from '@/lib/runtime/savedCode';

const noSubscribe = () => () => {};

/**
 * The learner's edit of one code block, kept on the device under `key` so it survives a
 * reload; editing back to the original forgets it. Returns the code to show and the setter.
 */
export function useSavedCode(key: string, original: string): [string, (code: string) => void] {
  const saved = useSyncExternalStore(
    noSubscribe,
    () => loadCode(key),
    () => null,
  );
  const [draft, setDraft] = useState<string | null>(null);
  const edit = (next: string) => {
    setDraft(next);
    saveCode(key, next === original ? null : next);
  };
  return [draft ?? saved ?? original, edit];
}
