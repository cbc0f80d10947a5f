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
    const idle: (cb: () => void, options: IdleRequestOptions) => number =
      window.requestIdleCallback ?? ((cb) => window.setTimeout(cb, 200));
    // With a deadline: on a page that is never idle (several editors starting, a busy CPU) an
    // idle callback without one can wait forever, leaving an editor that never loads.
    const handle = idle(
      () => {
        load();
        sharedRunner().warmUp();
        void import('../runner/RunOutput');
      },
      { timeout: 2000 },
    );
    return () => (window.cancelIdleCallback ?? window.clearTimeout)(handle);
  }, [load]);

  return { Editor, failed, load };
}
