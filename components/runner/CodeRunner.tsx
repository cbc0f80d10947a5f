'use client';

import dynamic from 'next/dynamic';
import { usePathname } from 'next/navigation';
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { backendChoices, type BackendChoice, type RunResult } from '@/lib/runtime/displays';
import { codeKey } from '@/lib/runtime/savedCode';
import { useSavedCode } from '../editor/useSavedCode';
import { useT } from '../LocaleContext';
import { CodePanel } from './CodePanel';
import { loadRunner } from './loadRunner';
import styles from './CodeRunner.module.css';
import { useLatestResult } from './useLatestResult';
import { useRunnerWarmUp } from './useRunnerWarmUp';

interface Props {
  /** The original code (from the page's ```ts run fence). */
  code: string;
  title?: string;
  /** Time limit in milliseconds, as a string from the fence's meta. */
  timeout?: string;
  /** The same code, highlighted at build time: shown until the editor has loaded. */
  children?: ReactNode;
  /** Run once as soon as it appears (practice shows buggy and fixed code already run). */
  autoRun?: boolean;
  /**
   * Tells apart blocks with the same code on one page (remarkRunnable numbers repeats), so
   * each keeps its own edits.
   */
  slot?: string;
}

const lineHeight = 19;

// The output panel (heatmaps, D3) is needed only once something has run: keep it out of the
// page's first load. A run loads it alongside the runner and renders it directly once loaded:
// drawn through a lazy boundary, a first result waited for React's reveal of a boundary that
// had shown its fallback (at least 300 ms), most of a first run's drawing time. The lazy one is
// only the fallback for a module that could not be loaded ahead.
type RunOutputComponent = typeof import('./RunOutput').RunOutput;
const loadRunOutput = (): Promise<RunOutputComponent | null> =>
  import('./RunOutput').then(
    (m) => m.RunOutput,
    () => null,
  );
const LazyRunOutput = dynamic(() => import('./RunOutput').then((m) => m.RunOutput));

/** Editor height for the code, fixed up front so nothing jumps when Monaco replaces the placeholder. */
export function editorHeight(code: string): number {
  const lines = code.split('\n').length;
  return Math.min(Math.max(lines + 1, 6), 28) * lineHeight + 16;
}

/**
 * A live demo on a question page: the runner panel, with the learner's edits kept on the device
 * (per page and block) so they survive a reload. Reset returns to the page's code.
 */
export function CodeRunner({ code: original, title, timeout, children, autoRun, slot }: Props) {
  const key = codeKey(usePathname(), original, slot);
  const { code, edit, replace, revision } = useSavedCode(key, original);
  const [backend, setBackend] = useState<BackendChoice>('auto');
  return (
    <RunnerPanel
      code={code}
      revision={revision}
      original={original}
      onChange={edit}
      onReset={() => replace(original)}
      backend={backend}
      onBackendChange={setBackend}
      timeoutMs={Number(timeout) > 0 ? Number(timeout) : undefined}
      title={title}
      modelName={key}
      autoRun={autoRun}
    >
      {children}
    </RunnerPanel>
  );
}

interface PanelProps {
  code: string;
  /** Bumped when the code is set from outside the editor (see CodeEditor). */
  revision: number;
  /** The code Reset returns to. */
  original: string;
  /** The editor's changes. */
  onChange: (code: string) => void;
  onReset: () => void;
  backend: BackendChoice;
  onBackendChange: (backend: BackendChoice) => void;
  timeoutMs?: number;
  title?: string;
  /** Names the editor's model; unique per panel on a page. */
  modelName: string;
  /** The original code highlighted at build time, shown while Monaco loads. */
  children?: ReactNode;
  autoRun?: boolean;
}

/**
 * The code (Monaco once loaded, highlighted static text before), Run, Reset, a backend choice,
 * and the output. Runs happen in a shared Web Worker, never on this thread.
 */
export function RunnerPanel({
  code,
  revision,
  original,
  onChange,
  onReset,
  backend,
  onBackendChange,
  timeoutMs,
  title,
  modelName,
  children,
  autoRun,
}: PanelProps) {
  const t = useT();
  const { result, busy: running, start } = useLatestResult<RunResult>();
  const warmUp = useRunnerWarmUp();
  // Two blocks with the same code (a bug's fix repeated on one page) must not share a model.
  const instance = useId().replace(/[^\w-]/g, '_');
  const height = editorHeight(original);

  // Ctrl+Enter passes the editor's text, which may be a keystroke ahead of `code`; the Run
  // button, pressed in an event of its own, runs `code`.
  const [Output, setOutput] = useState<RunOutputComponent | null>(null);
  const run = useCallback(
    (source: string = code) =>
      start(async () => {
        const [runner, output] = await Promise.all([loadRunner(), loadRunOutput()]);
        if (output) setOutput(() => output);
        return runner.run(source, backend, timeoutMs);
      }),
    [start, code, backend, timeoutMs],
  );

  const autoRan = useRef(false);
  useEffect(() => {
    if (!autoRun || autoRan.current) return;
    autoRan.current = true;
    void run();
  }, [autoRun, run]);

  return (
    // Pointer over or focus in the panel starts the worker, so a first Run does not wait for it.
    <section
      className={styles.runner}
      aria-label={title ?? t('runner.output')}
      onPointerEnter={warmUp}
      onFocus={warmUp}
    >
      <div className={styles.toolbar}>
        {title && <h3 className={styles.title}>{title}</h3>}
        <button
          type="button"
          className={styles.run}
          onClick={() => void run()}
          aria-keyshortcuts="Control+Enter Meta+Enter"
          title={t('runner.runHint')}
        >
          {running ? t('runner.running') : `▶ ${t('runner.run')}`}
        </button>
        <button type="button" onClick={onReset} disabled={code === original}>
          {t('runner.reset')}
        </button>
        <label className={styles.backend}>
          {t('runner.backend')}
          <select
            value={backend}
            onChange={(e) => onBackendChange(e.target.value as BackendChoice)}
          >
            {backendChoices.map((b) => (
              <option key={b} value={b}>
                {b === 'auto' ? t('runner.backend.auto') : b}
              </option>
            ))}
          </select>
        </label>
        {code !== original && <span className={styles.edited}>{t('runner.edited')}</span>}
      </div>
      <CodePanel
        code={code}
        revision={revision}
        onChange={onChange}
        onRun={(source) => void run(source)}
        error={result?.error}
        height={height}
        modelPath={`file:///runner/${modelName.replace(/[^\w-]/g, '_')}${instance}.ts`}
        placeholder={code === original && children ? children : undefined}
      />
      <div aria-live="polite" aria-busy={running}>
        {result && (Output ? <Output result={result} /> : <LazyRunOutput result={result} />)}
      </div>
    </section>
  );
}
