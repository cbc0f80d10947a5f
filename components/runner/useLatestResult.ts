'use client';

import { useCallback, useRef, useState } from 'react';

/**
 * The result of the latest of several requests (runs, gradings) that may overlap: when the
 * learner asks again before an answer comes, only the newest answer is shown.
 */
export function useLatestResult<T>() {
  const [result, setResult] = useState<T | null>(null);
  const [busy, setBusy] = useState(false);
  const latest = useRef(0);

  /** Resolves the task's result, or undefined when a newer request superseded it. */
  const start = useCallback(async (task: () => Promise<T>): Promise<T | undefined> => {
    const id = ++latest.current;
    setBusy(true);
    const value = await task();
    if (id !== latest.current) return undefined;
    setResult(value);
    setBusy(false);
    return value;
  }, []);

  return { result, busy, start };
}
