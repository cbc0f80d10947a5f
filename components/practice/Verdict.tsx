'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../LocaleContext';
import styles from './practice.module.css';

/**
 * Right or wrong, in words and a symbol as well as colour. In a mock interview only "recorded":
 * the verdict and the explanation wait for the summary.
 */
export function Verdict({
  correct,
  mock,
  children,
}: {
  correct: boolean;
  mock: boolean;
  children?: ReactNode;
}) {
  const t = useT();
  // It appears in place of the button that was pressed: focus comes here, not to the page
  // body, and Tab goes on to what follows (the explanation, then Next).
  const self = useRef<HTMLDivElement>(null);
  useEffect(() => self.current?.focus(), []);
  if (mock) {
    return (
      <div role="status" className={styles.verdict} ref={self} tabIndex={-1}>
        <p>{t('practice.recorded')}</p>
      </div>
    );
  }
  return (
    <div role="status" className={styles.verdict} data-correct={correct} ref={self} tabIndex={-1}>
      <p className={styles.verdictLine}>
        {correct ? `✓ ${t('practice.right')}` : `✗ ${t('practice.wrong')}`}
      </p>
      {children}
    </div>
  );
}
