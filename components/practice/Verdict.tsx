'use client';

import type { ReactNode } from 'react';
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
  if (mock) {
    return (
      <p role="status" className={styles.verdict}>
        {t('practice.recorded')}
      </p>
    );
  }
  return (
    <div role="status" className={styles.verdict} data-correct={correct}>
      <p className={styles.verdictLine}>
        {correct ? `✓ ${t('practice.right')}` : `✗ ${t('practice.wrong')}`}
      </p>
      {children}
    </div>
  );
}
