'use client';

import { useDueCount } from '@/lib/progress/useProgress';
import { useT } from './LocaleContext';
import styles from './SiteHeader.module.css';

/** "3 due" next to Practice in the header, once progress has loaded; nothing when none is due. */
export function DueBadge() {
  const t = useT();
  const due = useDueCount();
  if (!due) return null;
  return <span className={styles.badge}>{t('practice.due', { n: due })}</span>;
}
