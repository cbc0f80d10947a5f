'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { Suspense, useDeferredValue, useEffect, useState, type ReactNode } from 'react';
import {
  emptyListQuery,
  filterQuestions,
  listQueryToSearch,
  parseListQuery,
  progressFilters,
  type ListQuery,
  type ProgressFilter,
} from '@/lib/content/listQuery';
import type { QuestionSummary } from '@/lib/content/questions';
import { topics, type Difficulty, type Topic } from '@/lib/content/topics';
import { localePath } from '@/lib/i18n/paths';
import { questionProgress } from '@/lib/progress/summary';
import { useProgress } from '@/lib/progress/useProgress';
import { useLocale, useT } from './LocaleContext';
import { QuestionMeta } from './QuestionMeta';
import { QuestionProgress } from './QuestionProgress';
import styles from './QuestionBrowser.module.css';
import { useQuestionSearch } from './useQuestionSearch';

/**
 * The question list, driven by the URL's query so a filtered list can be shared.
 * The pre-rendered HTML is the full list, and hydration keeps it: the URL's query is read by a
 * child of its own (useSearchParams makes a static export render its Suspense boundary in the
 * browser only, and around the whole list that threw the HTML away and drew it all again on
 * start, one long task, and the page's largest text painted late). The filters apply just after.
 */
export function QuestionBrowser({
  questions,
  intro,
}: {
  questions: QuestionSummary[];
  intro?: ReactNode;
}) {
  const [search, setSearch] = useState('');
  const fromUrl = parseListQuery(search);
  // The box keeps what was typed: re-reading it from the URL on every render could drop keys
  // typed before Next caught up with replaceState.
  const [typed, setTyped] = useState<string | null>(null);
  const query = typed === null ? fromUrl : { ...fromUrl, q: typed };
  const progress = useProgress();
  // Thirty items' progress: drawn in a deferred, time-sliced render once it has loaded.
  const ready = useDeferredValue(progress.ready);
  const now = new Date();
  const statusOf = ready ? (slug: string) => questionProgress(progress.data, slug, now) : undefined;
  // Next keeps useSearchParams in step with history.replaceState, without a navigation.
  const onChange = (next: ListQuery) => {
    setTyped(next.q);
    window.history.replaceState(null, '', `${window.location.pathname}${listQueryToSearch(next)}`);
  };
  return (
    <>
      <Suspense fallback={null}>
        <UrlSearch onSearch={setSearch} />
      </Suspense>
      <QuestionBrowserView
        questions={questions}
        query={query}
        onChange={onChange}
        statusOf={statusOf}
        intro={intro}
      />
    </>
  );
}

/** Reports the URL's query (kept in step by Next, through client navigations too). */
function UrlSearch({ onSearch }: { onSearch: (search: string) => void }) {
  const search = useSearchParams().toString();
  useEffect(() => onSearch(search), [onSearch, search]);
  return null;
}

interface ViewProps {
  questions: QuestionSummary[];
  query: ListQuery;
  /** Absent in the pre-rendered HTML, before the page is interactive. */
  onChange?: (query: ListQuery) => void;
  /** Each question's progress, once it has loaded from the device. */
  statusOf?: (slug: string) => QuestionStatus;
  /** Shown under the title, above the search (the daily question). */
  intro?: ReactNode;
}

type QuestionStatus = ReturnType<typeof questionProgress>;

export function QuestionBrowserView({ questions, query, onChange, statusOf, intro }: ViewProps) {
  const t = useT();
  const locale = useLocale();
  const { ids: search, failed: searchFailed } = useQuestionSearch(query.q);
  const searching = query.q.trim() !== '' && search === null && !searchFailed;
  const shown = filterQuestions(questions, query, query.q.trim() ? (search ?? []) : null, statusOf);
  const update = (patch: Partial<ListQuery>) => onChange?.({ ...query, ...patch });

  return (
    <>
      <h1>{t('home.title')}</h1>
      <p className={styles.tagline}>{t('site.tagline')}</p>
      {/* Each boundary hydrates in a pass of its own, so start-up is several short tasks. */}
      <Suspense>{intro}</Suspense>
      <div className={styles.controls} role="search">
        <label className={styles.search}>
          <span>{t('home.search')}</span>
          <input
            type="search"
            value={query.q}
            placeholder={t('home.searchPlaceholder')}
            onChange={(e) => update({ q: e.target.value })}
          />
        </label>
        <label>
          <span>{t('home.topic')}</span>
          <select
            value={query.topic ?? ''}
            onChange={(e) => update({ topic: (e.target.value || null) as Topic | null })}
          >
            <option value="">{t('home.anyTopic')}</option>
            {topics.map((topic) => (
              <option key={topic} value={topic}>
                {t(`topic.${topic}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('home.difficulty')}</span>
          <select
            value={query.difficulty ?? ''}
            onChange={(e) =>
              update({ difficulty: (Number(e.target.value) || null) as Difficulty | null })
            }
          >
            <option value="">{t('home.anyDifficulty')}</option>
            {([1, 2, 3] as const).map((d) => (
              <option key={d} value={d}>
                {t(`difficulty.${d}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('home.progress')}</span>
          <select
            value={query.progress ?? ''}
            onChange={(e) =>
              update({ progress: (e.target.value || null) as ProgressFilter | null })
            }
          >
            <option value="">{t('home.anyProgress')}</option>
            {progressFilters.map((p) => (
              <option key={p} value={p}>
                {t(`home.progress.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => onChange?.(emptyListQuery)}>
          {t('home.clear')}
        </button>
      </div>
      <p role="status" aria-live="polite" className={styles.count}>
        {searching ? '…' : t('home.count', { shown: shown.length, total: questions.length })}
      </p>
      {searchFailed && <p role="alert">{t('home.searchFailed')}</p>}
      {!searching && !searchFailed && shown.length === 0 && <p>{t('home.noResults')}</p>}
      <Suspense>
        <ol className={styles.list} aria-label={t('home.title')}>
          {shown.map((q) => (
            <li key={q.id} className={styles.item}>
              <span className={styles.number}>{q.id}</span>
              <div>
                <div className={styles.heading}>
                  {/* No prefetch: the links in view each fetched a question page's payload
                      (100 kB and more) while the home page was still starting. */}
                  <Link
                    href={localePath(locale, `/questions/${q.slug}/`)}
                    className={styles.title}
                    prefetch={false}
                  >
                    {q.title[locale]}
                  </Link>
                  {q.draft && <span className={styles.draft}>{t('home.draft')}</span>}
                  {statusOf && <QuestionProgress status={statusOf(q.slug)} />}
                </div>
                <p className={styles.summary}>{q.summary}</p>
                <QuestionMeta difficulty={q.difficulty} topics={q.topics} />
              </div>
            </li>
          ))}
        </ol>
      </Suspense>
    </>
  );
}
