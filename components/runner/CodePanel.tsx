'use client';

import { useEffect, type ReactNode } from 'react';
import type { RunError } from '@/lib/runtime/displays';
import { EditorHint } from '../editor/EditorHint';
import { useLazyEditor } from '../editor/useLazyEditor';
import { useT } from '../LocaleContext';
import styles from './CodeRunner.module.css';
import { useRunnerWarmUp } from './useRunnerWarmUp';

interface Props {
  code: string;
  onChange: (code: string) => void;
  /** Ctrl+Enter (Cmd+Enter) in the editor or on the placeholder. */
  onRun: () => void;
  /** The last run's error, marked at its line. */
  error?: RunError;
  /** Fixed up front, so nothing jumps when Monaco replaces the placeholder. */
  height: number;
  /** Unique per editor on a page. */
  modelPath: string;
  /** Shown while Monaco loads (the code highlighted at build time); the plain code if absent. */
  placeholder?: ReactNode;
  /**
   * A drill: the editor loads at once (editing is the point), not when idle, and offers no
   * lesson globals (a drill's code runs without them).
   */
  drill?: boolean;
}

/**
 * The code of a runner or a drill: highlighted static text first, Monaco once loaded, and
 * Ctrl+Enter to run either way. Warms the runner up while the page is idle.
 */
export function CodePanel({
  code,
  onChange,
  onRun,
  error,
  height,
  modelPath,
  placeholder,
  drill,
}: Props) {
  const t = useT();
  const { Editor, failed, load } = useLazyEditor();
  useEffect(() => {
    if (drill) load();
  }, [drill, load]);
  useRunnerWarmUp();
  const markers = error?.location ? [{ ...error.location, message: error.message }] : [];

  return (
    <>
      <div
        className={styles.editor}
        onKeyDown={(e) => {
          if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
            e.preventDefault();
            onRun();
          }
        }}
      >
        {Editor ? (
          <Editor
            value={code}
            onChange={onChange}
            onRun={onRun}
            markers={markers}
            ariaLabel={t('runner.edit')}
            height={height}
            modelPath={modelPath}
            globals={drill ? 'drill' : 'lesson'}
          />
        ) : (
          <div
            className={styles.placeholder}
            style={{ height }}
            tabIndex={0}
            aria-label={t('runner.edit')}
            onFocus={load}
          >
            {placeholder ?? <pre>{code}</pre>}
          </div>
        )}
        {/* The loaded editor shows this same line, so nothing moves when it arrives. */}
        {!Editor && <EditorHint />}
      </div>
      {failed && <p className={styles.hint}>{t('runner.editorFailed')}</p>}
    </>
  );
}
