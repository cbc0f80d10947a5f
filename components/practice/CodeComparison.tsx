'use client';

import dynamic from 'next/dynamic';
import { useEffect } from 'react';
import type { RunResult } from '@/lib/runtime/displays';
import { loadRunner } from '../runner/loadRunner';
import { useLatestResult } from '../runner/useLatestResult';
import { useT } from '../LocaleContext';
import styles from './practice.module.css';

const RunOutput = dynamic(() => import('../runner/RunOutput').then((m) => m.RunOutput));

/**
 * Code shown for comparison after a spot-the-bug answer, already run: plain read-only text, not
 * an editor, so Tab moves past it (an editor keeps Tab for indentation) and nothing the learner
 * presses can change it or save an edit.
 */
export function CodeComparison({ code, title }: { code: string; title: string }) {
  const t = useT();
  const { result, busy, start } = useLatestResult<RunResult>();
  useEffect(() => {
    void start(async () => (await loadRunner()).run(code, 'auto'));
  }, [code, start]);
  return (
    <section aria-label={title} className={styles.comparison}>
      <h3 className={styles.comparisonTitle}>{title}</h3>
      {/* Focusable only so a long line can be scrolled from the keyboard; never editable. */}
      <pre className={styles.code} tabIndex={0}>
        <code>{code}</code>
      </pre>
      <div aria-live="polite" aria-busy={busy}>
        {busy && !result && <p className={styles.hint}>{t('runner.running')}</p>}
        {result && <RunOutput result={result} />}
      </div>
    </section>
  );
}
