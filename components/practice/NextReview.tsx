'use client';

import { useClock } from '@/lib/progress/useProgress';
import { formatUntil } from '@/lib/progress/when';
import { useLocale, useT } from '../LocaleContext';
import styles from './practice.module.css';

/** When an answered exercise comes back for review, from its card's due time. */
export function NextReview({ due }: { due: number | undefined }) {
  const t = useT();
  const locale = useLocale();
  const now = useClock();
  if (due === undefined) return null;
  return (
    <p className={styles.hint} data-testid="next-review">
      {t('practice.schedule.next', { when: formatUntil(due, now, locale) })}
    </p>
  );
}
