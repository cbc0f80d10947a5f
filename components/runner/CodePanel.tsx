'use client';

import type { ReactNode } from 'react';
import type { RunError } from '@/lib/runtime/displays';
import { EditorHint } from '../editor/EditorHint';
import { EditorPlaceholder } from '../editor/EditorPlaceholder';
import { useLazyEditor } from '../editor/useLazyEditor';
import { useT } from '../LocaleContext';
import styles from './CodeRunner.module.css';

interface Props {
  code: string;
  /** Bumped when the code is set from outside the editor (see CodeEditor). */
  revision: number;
  /** The editor's changes. */
  onChange: (code: string) => void;
  /**
   * Ctrl+Enter (Cmd+Enter) in the editor or on the placeholder, with the code to run: the
   * editor's own text at that instant, which `code` may lag by a keystroke.
   */
  onRun: (code: string) => void;
  /** The last run's error, marked at its line. */
  error?: RunError;
  /** Fixed up front, so nothing jumps when Monaco replaces the placeholder. */
  height: number;
  /** Unique per editor on a page. */
  modelPath: string;
  /** Shown while Monaco loads (the code highlighted at build time); the plain code if absent. */
  placeholder?: ReactNode;
  /** A drill: the editor offers no lesson globals (a drill's code runs without them). */
  drill?: boolean;
  /** Besides loading the editor, what the learner's intent to edit should start (a worker). */
  onIntent?: () => void;
}

/**
 * The code of a runner or a drill: highlighted static text first, Monaco once the learner shows
 * they mean to edit (pointer over, focus, a click or a key: never a timer), with the caret and
 * keys given meanwhile carried over, and Ctrl+Enter to run either way.
 */
export function CodePanel({
  code,
  revision,
  onChange,
  onRun,
  error,
  height,
  modelPath,
  placeholder,
  drill,
  onIntent,
}: Props) {
  const t = useT();
  const { Editor, failed, load, pending } = useLazyEditor();
  const intent = () => {
    load();
    onIntent?.();
  };

  return (
    <>
      <div
        className={styles.editor}
        data-testid="code-area"
        onKeyDown={(e) => {
          if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
            e.preventDefault();
            // The loaded editor handles its own Ctrl+Enter (and stops it here); this is the
            // placeholder's, whose text is `code`.
            onRun(code);
          }
        }}
      >
        {Editor ? (
          <Editor
            value={code}
            revision={revision}
            pendingRef={pending}
            onChange={onChange}
            onRun={onRun}
            error={error}
            ariaLabel={t('runner.edit')}
            height={height}
            modelPath={modelPath}
            globals={drill ? 'drill' : 'lesson'}
          />
        ) : (
          <EditorPlaceholder
            code={code}
            className={styles.placeholder}
            height={height}
            ariaLabel={t('runner.edit')}
            onIntent={intent}
            pendingRef={pending}
          >
            {placeholder ?? <pre>{code}</pre>}
          </EditorPlaceholder>
        )}
        {/* The loaded editor shows this same line, so nothing moves when it arrives. */}
        {!Editor && <EditorHint />}
      </div>
      {failed && <p className={styles.hint}>{t('runner.editorFailed')}</p>}
    </>
  );
}
