import type { ReactNode } from 'react';
import styles from './FollowUp.module.css';

/** A follow-up question an interviewer may ask, with its answer collapsed until opened. */
export function FollowUp({ q, children }: { q: string; children: ReactNode }) {
  return (
    <details className={styles.followUp}>
      <summary>{q}</summary>
      <div className={styles.answer}>{children}</div>
    </details>
  );
}
