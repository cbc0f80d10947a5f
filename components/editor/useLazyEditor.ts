'use client';

import { useCallback, useEffect, useState, type ComponentType } from 'react';
import { whenIdle } from '../whenIdle';
import type { CodeEditorProps } from './CodeEditor';

/**
 * Monaco is heavy: fetch it when the browser is idle (or at once when the learner focuses the
 * placeholder), never in the page's first load.
 */
export function useLazyEditor() {
  const [Editor, setEditor] = useState<ComponentType<CodeEditorProps> | null>(null);
  const [failed, setFailed] = useState(false);

  const load = useCallback(() => {
    import('./CodeEditor').then((mod) => setEditor(() => mod.default)).catch(() => setFailed(true));
  }, []);

  useEffect(() => whenIdle(load), [load]);

  return { Editor, failed, load };
}
