'use client';

import dynamic from 'next/dynamic';
import { useSearchParams } from 'next/navigation';
import { Suspense, useDeferredValue, useEffect, useState } from 'react';
import { localePath } from '@/lib/i18n/paths';
import type { PracticeBank } from '@/lib/practice/bank';
import { parseSessionSpec } from '@/lib/practice/sessionSpec';
import { useProgress } from '@/lib/progress/useProgress';
import { useLocale, useT } from '../LocaleContext';
import { PracticeHome } from './PracticeHome';
import { PracticeOutline } from './PracticeOutline';
import styles from './practice.module.css';

// A session's cards (quiz, bug, drill, mock) load when a session starts, not with the chooser.
const PracticeSession = dynamic(() => import('./PracticeSession').then((m) => m.PracticeSession), {
  loading: () => <PracticeOutline />,
});

export default function PracticeApp() {
  return (
    <Suspense fallback={<PracticeOutline />}>
      <PracticeRoutes />
    </Suspense>
  );
}

/** Chooses between the chooser and a session from the URL (?mode=…), once the bank is here. */
function PracticeRoutes() {
  const t = useT();
  const bank = useBank();
  const progress = useProgress();
  const search = useSearchParams().toString();
  // The chooser is a large tree: drawn in a deferred (time-sliced) render, which yields to the
  // browser, rather than in one long task when the last of bank and progress arrives.
  const loaded = useDeferredValue(Boolean(bank.data && progress.ready));

  if (bank.error) return <p role="alert">{t('practice.loadFailed', { why: bank.error })}</p>;
  // The chooser's outline stays until both are here (a session link shows it a moment too).
  if (!bank.data || !loaded) return <PracticeOutline />;
  const spec = parseSessionSpec(
    search,
    bank.data.questions.map((q) => q.slug),
  );
  return (
    <>
      {progress.newer ? (
        <p className={styles.notice} role="alert">
          {t('practice.storageNewer')}
        </p>
      ) : (
        !progress.available && <p className={styles.notice}>{t('practice.storageOff')}</p>
      )}
      {progress.recovered && (
        <p className={styles.notice} role="alert">
          {t('practice.storageRecovered', { dropped: progress.dropped })}
        </p>
      )}
      {spec ? (
        <PracticeSession
          key={search}
          bank={bank.data}
          spec={spec}
          progress={progress}
          search={search}
        />
      ) : (
        <PracticeHome bank={bank.data} progress={progress} badLink={search.includes('mode=')} />
      )}
    </>
  );
}

function useBank(): { data?: PracticeBank; error?: string } {
  const locale = useLocale();
  const [state, setState] = useState<{ data?: PracticeBank; error?: string }>({});
  useEffect(() => {
    let live = true;
    fetch(localePath(locale, '/practice-bank.json'))
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<PracticeBank>;
      })
      .then(
        (data) => live && setState({ data }),
        (error: unknown) => live && setState({ error: String(error) }),
      );
    return () => {
      live = false;
    };
  }, [locale]);
  return state;
}
