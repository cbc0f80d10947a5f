'use client';

import { useCallback, useRef, useState, type ComponentType } from 'react';
import type { CodeEditorProps } from './CodeEditor';
import { emptyPendingInput, type PendingInput } from './pendingInput';

/**
 * Monaco is heavy (about 1 MB gzip, seconds of CPU on a phone): it loads only when the learner
 * shows they mean to edit (`load`, called by the placeholder on pointer over, focus, a click or
 * a key), never on a timer, so a reader who only reads and runs never pays for it. `pending`
 * carries what they clicked and typed meanwhile over to the editor.
 */
export function useLazyEditor() {
  const [Editor, setEditor] = useState<ComponentType<CodeEditorProps> | null>(null);
  const [failed, setFailed] = useState(false);
  const pending = useRef<PendingInput>(emptyPendingInput());
  const started = useRef(false);

  const load = useCallback(() => {
    if (started.current) return;
    started.current = true;
    import('./CodeEditor')
      .then((mod) => setEditor(() => mod.default))
      .catch(() => {
        started.current = false;
        setFailed(true);
      });
  }, []);

  return { Editor, failed, load, pending };
}
