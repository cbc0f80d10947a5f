'use client';

import { useHeaderDueCount } from '@/lib/progress/useProgress';
import { useT } from './LocaleContext';
import styles from './SiteHeader.module.css';

/** "3 due" next to Practice in the header, once read; nothing when none is due. */
export function DueBadge() {
  const t = useT();
  const due = useHeaderDueCount();
  if (!due) return null;
  return <span className={styles.badge}>{t('practice.due', { n: due })}</span>;
}
