'use client';

import type { Difficulty } from '@/lib/content/topics';
import { useT } from './LocaleContext';
import styles from './DifficultyBadge.module.css';

/** Difficulty as dots plus a word, so colour is never the only signal. */
export function DifficultyBadge({ level }: { level: Difficulty }) {
  const t = useT();
  const label = t(`difficulty.${level}`);
  return (
    <span className={styles.badge} data-level={level}>
      <span aria-hidden="true">{'●'.repeat(level) + '○'.repeat(3 - level)}</span> {label}
    </span>
  );
}
