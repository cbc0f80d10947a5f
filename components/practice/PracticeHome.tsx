'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useMemo, useState } from 'react';
import { topics, type Topic } from '@/lib/content/topics';
import { localePath } from '@/lib/i18n/paths';
import type { PracticeBank } from '@/lib/practice/bank';
import { mockLengths, type SessionSpec } from '@/lib/practice/session';
import { sessionSpecToSearch } from '@/lib/practice/sessionSpec';
import { useClock, useDueCount } from '@/lib/progress/useProgress';
import { formatUntil } from '@/lib/progress/when';
import { MockHistory } from './MockHistory';
import type { Progress } from './progress';
import { ProgressTools } from './ProgressTools';
import { useLocale, useT } from '../LocaleContext';
import styles from './practice.module.css';

interface Props {
  bank: PracticeBank;
  progress: Progress;
  /** The URL asked for a session that does not exist. */
  badLink: boolean;
}

/** The choices: review what is due, a mixed set, a topic, a question, or a mock interview. */
export function PracticeHome({ bank, progress, badLink }: Props) {
  const t = useT();
  const locale = useLocale();
  const router = useRouter();
  const [topic, setTopic] = useState<Topic>(topics[0]);
  const [slug, setSlug] = useState(bank.questions[0]?.slug ?? '');
  const [minutes, setMinutes] = useState<number>(mockLengths[0]);
  const [mockTopics, setMockTopics] = useState<Topic[]>([]);
  // The header shows this same count once the page's progress is loaded: the two agree.
  const due = useDueCount() ?? 0;
  const now = useClock();
  const nextDue = Math.min(...Object.values(progress.data.exercises).map((r) => r.card.due));
  const knownIds = useMemo(() => new Set(bank.exercises.map((e) => e.id)), [bank]);
  const start = (spec: SessionSpec) =>
    router.push(`${localePath(locale, '/practice/')}${sessionSpecToSearch(spec)}`);
  const usedTopics = topics.filter((tp) => bank.questions.some((q) => q.topics.includes(tp)));

  return (
    <div className={styles.home}>
      {badLink && <p className={styles.notice}>{t('practice.badLink')}</p>}
      <section className={styles.card} aria-labelledby="practice-review">
        <h2 id="practice-review">{t('practice.dueToday', { n: due })}</h2>
        {due > 0 ? (
          <button
            type="button"
            className={styles.primary}
            onClick={() => start({ mode: 'review' })}
          >
            {t('practice.review')}
          </button>
        ) : (
          <p>{t('practice.nothingDue')}</p>
        )}
        {Number.isFinite(nextDue) && (
          <p data-testid="next-due">
            {t('practice.schedule.nextAny', { when: formatUntil(nextDue, now, locale) })}
          </p>
        )}
      </section>

      <section className={styles.card} aria-labelledby="practice-mixed">
        <h2 id="practice-mixed">{t('practice.mixed')}</h2>
        <p>{t('practice.mixedHint')}</p>
        <button type="button" onClick={() => start({ mode: 'mixed' })}>
          {t('practice.start')}: {t('practice.mixed')}
        </button>
      </section>

      <section className={styles.card} aria-labelledby="practice-topic">
        <h2 id="practice-topic">{t('practice.byTopic')}</h2>
        <form
          className={styles.row}
          onSubmit={(e) => {
            e.preventDefault();
            start({ mode: 'topic', topic });
          }}
        >
          <label>
            {t('home.topic')}
            <select value={topic} onChange={(e) => setTopic(e.target.value as Topic)}>
              {usedTopics.map((tp) => (
                <option key={tp} value={tp}>
                  {t(`topic.${tp}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">
            {t('practice.start')}: {t('practice.byTopic')}
          </button>
        </form>
      </section>

      <section className={styles.card} aria-labelledby="practice-question">
        <h2 id="practice-question">{t('practice.byQuestion')}</h2>
        <form
          className={styles.row}
          onSubmit={(e) => {
            e.preventDefault();
            start({ mode: 'question', slug });
          }}
        >
          <label>
            {t('practice.byQuestion')}
            <select value={slug} onChange={(e) => setSlug(e.target.value)}>
              {bank.questions.map((q) => (
                <option key={q.slug} value={q.slug}>
                  {q.id}. {q.title}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">
            {t('practice.start')}: {t('practice.byQuestion')}
          </button>
        </form>
      </section>

      <section className={styles.card} aria-labelledby="practice-mock">
        <h2 id="practice-mock">{t('practice.mock')}</h2>
        <p>{t('practice.mockHint')}</p>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            start({ mode: 'mock', minutes, topics: mockTopics });
          }}
        >
          <fieldset className={styles.fieldset}>
            <legend>{t('practice.mockLength')}</legend>
            {mockLengths.map((m) => (
              <label key={m} className={styles.inline}>
                <input
                  type="radio"
                  name="mock-length"
                  checked={minutes === m}
                  onChange={() => setMinutes(m)}
                />
                {t('practice.minutes', { n: m })}
              </label>
            ))}
          </fieldset>
          <fieldset className={styles.fieldset}>
            <legend>{t('practice.mockTopics')}</legend>
            <div className={styles.topicGrid}>
              {usedTopics.map((tp) => (
                <label key={tp} className={styles.inline}>
                  <input
                    type="checkbox"
                    checked={mockTopics.includes(tp)}
                    onChange={(e) =>
                      setMockTopics((now) =>
                        e.target.checked ? [...now, tp] : now.filter((x) => x !== tp),
                      )
                    }
                  />
                  {t(`topic.${tp}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <button type="submit" className={styles.primary}>
            {t('practice.startMock')}
          </button>
        </form>
      </section>

      <section className={styles.card} aria-labelledby="practice-history">
        <h2 id="practice-history">{t('practice.history.title')}</h2>
        <MockHistory mocks={progress.data.mocks} />
      </section>

      <ProgressTools progress={progress} isKnown={(id) => knownIds.has(id)} />
      <p>
        <Link href={localePath(locale, '/')}>{t('notFound.home')}</Link>
      </p>
    </div>
  );
}
