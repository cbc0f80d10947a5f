'use client';

import { useCallback, useEffect, useState, type ComponentType } from 'react';
import { sharedRunner } from '@/lib/runtime/client';
import type { CodeEditorProps } from './CodeEditor';

/**
 * Monaco is heavy: fetch it when the browser is idle (or at once when the learner focuses the
 * placeholder), never in the page's first load. The runner's worker and output panel warm up
 * at the same time, so the first run is quick.
 */
export function useLazyEditor() {
  const [Editor, setEditor] = useState<ComponentType<CodeEditorProps> | null>(null);
  const [failed, setFailed] = useState(false);

  const load = useCallback(() => {
    import('./CodeEditor').then((mod) => setEditor(() => mod.default)).catch(() => setFailed(true));
  }, []);

  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 200));
    const handle = idle(() => {
      load();
      sharedRunner().warmUp();
      void import('../RunOutput');
    });
    return () => (window.cancelIdleCallback ?? window.clearTimeout)(handle);
  }, [load]);

  return { Editor, failed, load };
}
