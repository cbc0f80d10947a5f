'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { localePath } from '@/lib/i18n/paths';
import type { DailyBank } from '@/lib/practice/dailyBank';
import { dailyPick, recordDaily } from '@/lib/progress/daily';
import { recordAnswer } from '@/lib/progress/schedule';
import type { Outcome } from './practice/ExerciseView';
import type { Progress } from './practice/progress';
import { QuizCard } from './practice/QuizCard';
import { useLocale, useT } from './LocaleContext';

/**
 * The daily question itself: fetches the small bank of multiple-choice items, picks the item of
 * `day`, and records the answer both as a practice answer (so it is scheduled for review) and
 * as the day's entry in the streak.
 */
export function DailyQuiz({ day, progress }: { day: string; progress: Progress }) {
  const t = useT();
  const locale = useLocale();
  const bank = useDailyBank();
  if (bank === 'failed') return <p role="alert">{t('home.daily.failed')}</p>;
  if (!bank) return <p role="status">{t('home.daily.loading')}</p>;
  const id = dailyPick(
    bank.items.map((i) => i.id),
    day,
  );
  const entry = bank.items.find((i) => i.id === id);
  if (!entry) return <p role="alert">{t('home.daily.failed')}</p>;
  const question = bank.questions.find((q) => q.slug === entry.slug);

  const answer = (outcome: Outcome) => {
    const now = new Date();
    void progress.update((data) =>
      recordDaily(recordAnswer(data, entry.id, outcome, now), entry.id, outcome.correct, day),
    );
  };

  return (
    <div data-exercise={entry.id}>
      {question && (
        <p>
          <Link href={localePath(locale, `/questions/${question.slug}/`)}>
            {t('home.daily.from', { n: question.id, title: question.title })}
          </Link>
        </p>
      )}
      {/* Shuffled by the date: the same order all day, another order on another day. */}
      <QuizCard
        item={entry.item}
        sessionSeed={Number(day.replaceAll('-', ''))}
        exerciseId={entry.id}
        mock={false}
        onAnswer={answer}
      />
    </div>
  );
}

function useDailyBank(): DailyBank | 'failed' | null {
  const locale = useLocale();
  const [bank, setBank] = useState<DailyBank | 'failed' | null>(null);
  useEffect(() => {
    let live = true;
    fetch(localePath(locale, '/daily-bank.json'))
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<DailyBank>;
      })
      .then(
        (data) => live && setBank(data),
        () => live && setBank('failed'),
      );
    return () => {
      live = false;
    };
  }, [locale]);
  return bank;
}
