'use client';

import { useEffect, useState } from 'react';
import type { SearchData } from '@/lib/content/search';
import { localePath } from '@/lib/i18n/paths';
import { useLocale } from './LocaleContext';

type Ranker = (query: string) => number[];

/**
 * Ranks question ids for a query. The index (page text plus MiniSearch) is fetched and built
 * on the first non-empty query, so the home page's first load stays small.
 * Returns null while there is no query, or until the index is ready.
 */
export function useQuestionSearch(query: string): { ids: number[] | null; failed: boolean } {
  const [ranker, setRanker] = useState<Ranker | null>(null);
  const [failed, setFailed] = useState(false);
  const wanted = query.trim() !== '';
  const indexUrl = localePath(useLocale(), '/search-index.json');

  useEffect(() => {
    if (!wanted || ranker || failed) return;
    let cancelled = false;
    Promise.all([fetch(indexUrl).then((r) => r.json()), import('@/lib/content/search')])
      .then(([data, search]) => {
        const index = search.createSearchIndex(data as SearchData);
        if (!cancelled) setRanker(() => (q: string) => search.searchIds(index, q));
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
    };
  }, [wanted, ranker, failed, indexUrl]);

  return { ids: wanted && ranker ? ranker(query) : null, failed };
}
