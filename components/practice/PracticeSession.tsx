'use client';

import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { localePath } from '@/lib/i18n/paths';
import type { Exercise, PracticeBank } from '@/lib/practice/bank';
import {
  seededRandom,
  selectExercises,
  type AnswerRecord,
  type SessionSpec,
} from '@/lib/practice/session';
import { hintsThisAttempt, recordHint } from '@/lib/progress/hints';
import { recordAnswer } from '@/lib/progress/schedule';
import { dueExerciseIds } from '@/lib/progress/summary';
import { useLocale, useT } from '../LocaleContext';
import { ExerciseView, type Outcome } from './ExerciseView';
import { MockClock } from './MockClock';
import type { Progress } from './progress';
import { SessionSummaryView } from './SessionSummaryView';
import styles from './practice.module.css';

interface Props {
  bank: PracticeBank;
  spec: SessionSpec;
  progress: Progress;
}

/**
 * One practice session: the exercises one at a time, each answer recorded (and scheduled) as
 * it is given, then a summary. A mock interview adds a countdown and holds back explanations.
 */
export function PracticeSession({ bank, spec, progress }: Props) {
  const t = useT();
  const locale = useLocale();
  // One seed per attempt: it picks the exercises and the order of each quiz's choices.
  const [seed] = useState(() => Date.now() >>> 0);
  const [exercises] = useState(() =>
    selectExercises(bank, spec, seededRandom(seed), dueExerciseIds(progress.data, new Date())),
  );
  const [deadline] = useState(() =>
    spec.mode === 'mock' ? Date.now() + spec.minutes * 60_000 : null,
  );
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<AnswerRecord[]>([]);
  const [finished, setFinished] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const mock = spec.mode === 'mock';
  const current: Exercise | undefined = exercises[index];
  const answered = current !== undefined && answers.some((a) => a.exerciseId === current.id);

  // Moving to the next exercise puts keyboard and screen-reader focus on its heading.
  useEffect(() => {
    if (index > 0) heading.current?.focus();
  }, [index]);

  const answer = (outcome: Outcome) => {
    if (!current || answered) return;
    const id = current.id;
    setAnswers((now) => [...now, { exerciseId: id, correct: outcome.correct }]);
    void progress.update((data) => recordAnswer(data, id, outcome, new Date()));
  };

  if (exercises.length === 0) {
    return (
      <section className={styles.card}>
        <p>{spec.mode === 'review' ? t('practice.nothingDue') : t('practice.empty')}</p>
        <BackLink />
      </section>
    );
  }
  if (finished || !current) {
    return (
      <SessionSummaryView
        bank={bank}
        spec={spec}
        exercises={exercises}
        answers={answers}
        progress={progress}
      />
    );
  }

  const question = bank.questions.find((q) => q.slug === current.slug);
  const last = index === exercises.length - 1;
  return (
    <section className={styles.session} aria-labelledby="exercise-heading">
      <div className={styles.sessionBar}>
        <p className={styles.counter}>
          {t('practice.counter', { n: index + 1, total: exercises.length })}
        </p>
        {deadline !== null && <MockClock deadline={deadline} onTimeUp={() => setFinished(true)} />}
        <button type="button" onClick={() => setFinished(true)}>
          {t('practice.endEarly')}
        </button>
      </div>
      <h2 id="exercise-heading" ref={heading} tabIndex={-1} className={styles.exerciseHeading}>
        {t(`practice.kind.${current.kind}`)}
      </h2>
      {question && (
        <p className={styles.source}>
          {mock ? (
            t('practice.fromQuestion', { n: question.id, title: question.title })
          ) : (
            <Link href={localePath(locale, `/questions/${question.slug}/`)}>
              {t('practice.fromQuestion', { n: question.id, title: question.title })}
            </Link>
          )}
        </p>
      )}
      <ExerciseView
        key={current.id}
        exercise={current}
        question={question}
        seed={seed}
        mock={mock}
        onAnswer={answer}
        drillProgress={{
          hints: hintsThisAttempt(progress.data, current.id),
          attempted: Object.hasOwn(progress.data.exercises, current.id),
          onHint: (level) =>
            void progress.update((data) => recordHint(data, current.id, level, new Date())),
        }}
      />
      <div className={styles.row}>
        {!answered && (
          <button type="button" onClick={() => answer({ correct: false, rating: 1 })}>
            {t('practice.skip')}
          </button>
        )}
        {answered && (
          <button
            type="button"
            className={styles.primary}
            onClick={() => (last ? setFinished(true) : setIndex(index + 1))}
          >
            {last ? t('practice.finish') : t('practice.next')}
          </button>
        )}
      </div>
    </section>
  );
}

export function BackLink() {
  const t = useT();
  const locale = useLocale();
  return <Link href={localePath(locale, '/practice/')}>{t('practice.back')}</Link>;
}
