'use client';

import dynamic from 'next/dynamic';
import { useState, useSyncExternalStore } from 'react';
import { answeredOn, currentStreak, localDay } from '@/lib/progress/daily';
import { useProgress } from '@/lib/progress/useProgress';
import styles from './DailyQuestion.module.css';
import { useT } from './LocaleContext';

// The quiz, its bank and the practice styles load only when the learner opens the question.
const DailyQuiz = dynamic(() => import('./DailyQuiz').then((m) => m.DailyQuiz));

const noSubscribe = () => () => {};
/** Today's date where the learner is; null in the pre-rendered HTML, which has no today. */
const useToday = () =>
  useSyncExternalStore(
    noSubscribe,
    () => localDay(new Date()),
    () => null,
  );

/**
 * The home page's question of the day: the same question for everyone on a date, picked on the
 * device, and the learner's streak of days answered. A small box of fixed height until opened,
 * so the list below does not move while progress loads.
 */
export function DailyQuestion() {
  const t = useT();
  const progress = useProgress();
  const today = useToday();
  const [open, setOpen] = useState(false);
  const ready = progress.ready && today !== null;
  const streak = ready ? currentStreak(progress.data, today) : 0;
  const best = progress.data.daily?.best ?? 0;
  const done = ready && answeredOn(progress.data, today);

  return (
    <section className={styles.daily} aria-labelledby="daily-title" data-testid="daily-question">
      <h2 id="daily-title" className={styles.title}>
        {t('home.daily.title')}
      </h2>
      <p className={styles.streak} aria-live="polite">
        {!ready
          ? t('home.daily.loading')
          : streak === 0
            ? t('home.daily.noStreak')
            : streak === 1
              ? t('home.daily.streakOne', { best })
              : t('home.daily.streak', { n: streak, best })}
      </p>
      {ready && open ? (
        <DailyQuiz day={today} progress={progress} />
      ) : done ? (
        <p className={styles.done}>{t('home.daily.done')}</p>
      ) : (
        <button type="button" disabled={!ready} onClick={() => setOpen(true)}>
          {t('home.daily.open')}
        </button>
      )}
    </section>
  );
}
