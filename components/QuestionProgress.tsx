'use client';

import type { questionProgress } from '@/lib/progress/summary';
import { useT } from './LocaleContext';
import styles from './QuestionBrowser.module.css';

type Status = ReturnType<typeof questionProgress>;

/** One question's progress in the list, in words (not only colour). */
export function QuestionProgress({ status }: { status: Status }) {
  const t = useT();
  const parts: string[] = [];
  if (status.state === 'mastered') parts.push(t('practice.status.mastered'));
  else if (status.attempts > 0)
    parts.push(t('practice.status.learning', { right: status.correct, attempts: status.attempts }));
  else parts.push(status.seen ? t('practice.status.seen') : t('practice.status.new'));
  if (status.due > 0) parts.push(t('practice.status.due', { n: status.due }));
  return (
    <span className={styles.progress} data-state={status.state} data-due={status.due > 0}>
      <span className="visually-hidden">{t('home.progress')}: </span>
      {parts.join(' · ')}
    </span>
  );
}
