'use client';

import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import type { Locale } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { drillById } from '@/lib/practice/drills/catalog';
import type { Exercise, PracticeBank } from '@/lib/practice/bank';
import { summarizeSession, type AnswerRecord, type SessionSpec } from '@/lib/practice/session';
import { useLocale, useT } from '../LocaleContext';
import { MockReview } from './MockReview';
import { BackLink } from './PracticeSession';
import styles from './practice.module.css';

interface Props {
  bank: PracticeBank;
  spec: SessionSpec;
  exercises: Exercise[];
  answers: AnswerRecord[];
  /** The mock's clock ran out: said first, so the jump to the summary is explained. */
  timeUp: boolean;
  /** Starts a new session of the same kind (a fresh draw). */
  onRestart: () => void;
}

/**
 * The end of a session: the score, a table by topic, and what to go over with links; after a
 * mock interview, a review of every item (answer, the right one, the explanation).
 */
export function SessionSummaryView({ bank, spec, exercises, answers, timeUp, onRestart }: Props) {
  const t = useT();
  const locale = useLocale();
  const [summary] = useState(() => summarizeSession(bank, exercises, answers));
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  const question = (slug: string) => bank.questions.find((q) => q.slug === slug);
  return (
    <section className={styles.card} aria-labelledby="summary-heading">
      {timeUp && (
        <p role="alert" className={styles.notice}>
          {t('practice.mock.timeUp')} {t('practice.mock.timeUpMore')}
        </p>
      )}
      <h2 id="summary-heading" ref={heading} tabIndex={-1}>
        {t('practice.summary.title')}
      </h2>
      <p className={styles.score}>
        {t('practice.summary.score', { right: summary.right, total: summary.total })}
      </p>
      <table className={styles.table}>
        <caption>{t('practice.summary.byTopic')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('practice.summary.topic')}</th>
            <th scope="col">{t('practice.summary.result')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.byTopic.map(({ topic, right, total }) => (
            <tr key={topic}>
              <th scope="row">{t(`topic.${topic}`)}</th>
              <td>
                {right} / {total}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('practice.summary.missed')}</h3>
      {summary.missed.length === 0 ? (
        <p>{t('practice.summary.none')}</p>
      ) : (
        <ul className={styles.missed}>
          {summary.missed.map((e) => {
            const q = question(e.slug);
            return (
              <li key={e.id}>
                <span className={styles.kind}>{t(`practice.kind.${e.kind}`)}</span>{' '}
                {exerciseLabel(e, q?.title ?? e.slug, locale)} —{' '}
                <Link href={localePath(locale, `/questions/${e.slug}/`)}>
                  {q ? `${q.id}. ${q.title}` : e.slug}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
      {spec.mode === 'mock' && <MockReview bank={bank} exercises={exercises} answers={answers} />}
      <p className={styles.row}>
        <button type="button" onClick={onRestart}>
          {t(spec.mode === 'mock' ? 'practice.summary.againMock' : 'practice.summary.again')}
        </button>
        <BackLink />
      </p>
    </section>
  );
}

export function exerciseLabel(e: Exercise, questionTitle: string, locale: Locale): string {
  switch (e.kind) {
    case 'quiz':
      return e.item.prompt;
    case 'bug':
      return e.bug.title;
    case 'drill':
      return drillById(e.drillId)?.title[locale] ?? e.drillId;
    case 'explain':
      return questionTitle;
  }
}
