'use client';

import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { localePath } from '@/lib/i18n/paths';
import type { Exercise, PracticeBank } from '@/lib/practice/bank';
import type { Response, SessionSpec } from '@/lib/practice/session';
import { hintsThisAttempt, recordHint } from '@/lib/progress/hints';
import { useLocale, useT } from '../LocaleContext';
import { EndSession } from './EndSession';
import { ExerciseView } from './ExerciseView';
import { MockClock } from './MockClock';
import { NextReview } from './NextReview';
import type { Progress } from './progress';
import { SessionSummaryView } from './SessionSummaryView';
import { useSessionState } from './useSessionState';
import styles from './practice.module.css';

interface Props {
  bank: PracticeBank;
  spec: SessionSpec;
  progress: Progress;
  /** The session's URL query, which names a saved mock interview. */
  search: string;
}

/** A session, started afresh by "Practise again" (a new run, a new draw). */
export function PracticeSession(props: Props) {
  const [run, setRun] = useState(0);
  return <SessionRun key={run} {...props} onRestart={() => setRun((n) => n + 1)} />;
}

/**
 * One practice session: the exercises one at a time, each settled (answered or skipped) once
 * and recorded as it is, then a summary. A mock interview adds a countdown, holds back
 * explanations until its review, survives a reload, and asks before ending early.
 */
function SessionRun({ bank, spec, progress, search, onRestart }: Props & { onRestart(): void }) {
  const t = useT();
  const locale = useLocale();
  const session = useSessionState(bank, spec, progress, search);
  const { seed, exercises, deadline, index, setIndex, answers, ended } = session;
  // The last graded drill submission, kept for the review if the drill is then skipped.
  const attempt = useRef<Response | undefined>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  const mock = spec.mode === 'mock';
  const current: Exercise | undefined = exercises[index];
  const settled = answers.find((a) => a.exerciseId === current?.id);

  // Moving to the next exercise puts keyboard and screen-reader focus on its heading.
  useEffect(() => {
    attempt.current = undefined;
    if (index > 0) heading.current?.focus();
  }, [index]);

  if (exercises.length === 0) {
    return (
      <section className={styles.card}>
        <p>{spec.mode === 'review' ? t('practice.nothingDue') : t('practice.empty')}</p>
        <BackLink />
      </section>
    );
  }
  if (ended || !current) {
    return (
      <SessionSummaryView
        bank={bank}
        spec={spec}
        exercises={exercises}
        answers={answers}
        timeUp={ended === 'time'}
        onRestart={() => {
          session.restart();
          onRestart();
        }}
      />
    );
  }

  const question = bank.questions.find((q) => q.slug === current.slug);
  const last = index === exercises.length - 1;
  const skip = () => {
    session.settleCurrent({ correct: false, rating: 1, response: attempt.current }, true);
    // Focus goes to the notice's Next button, not to the page body.
    requestAnimationFrame(() => next.current?.focus());
  };
  return (
    <section className={styles.session} aria-labelledby="exercise-heading">
      <div className={styles.sessionBar}>
        <p className={styles.counter}>
          {t('practice.counter', { n: index + 1, total: exercises.length })}
        </p>
        {deadline !== null && (
          <MockClock deadline={deadline} onTimeUp={() => session.finish('time')} />
        )}
        <EndSession onEnd={() => session.finish('early')} />
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
      {settled?.skipped ? (
        <p role="status" className={styles.verdict} data-testid="skipped">
          {t('practice.skipped')}
        </p>
      ) : (
        <ExerciseView
          key={current.id}
          exercise={current}
          question={question}
          seed={seed}
          mock={mock}
          onAnswer={(outcome) => session.settleCurrent(outcome)}
          onAttempt={(response) => (attempt.current = response)}
          drillProgress={{
            hints: hintsThisAttempt(progress.data, current.id),
            attempted: Object.hasOwn(progress.data.exercises, current.id),
            onHint: (level) =>
              void progress.update((data) => recordHint(data, current.id, level, new Date())),
          }}
        />
      )}
      {settled && !mock && <NextReview due={progress.data.exercises[current.id]?.card.due} />}
      <div className={styles.row}>
        {!settled && (
          <button type="button" onClick={skip}>
            {t('practice.skip')}
          </button>
        )}
        {settled && (
          <button
            ref={next}
            type="button"
            className={styles.primary}
            onClick={() => (last ? session.finish('done') : setIndex(index + 1))}
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
