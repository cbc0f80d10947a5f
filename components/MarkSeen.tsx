'use client';

import { useEffect } from 'react';
import { useProgress } from '@/lib/progress/useProgress';

/** Records that a question page was read, for the list's progress. Renders nothing. */
export function MarkSeen({ slug }: { slug: string }) {
  const { ready, update } = useProgress();
  useEffect(() => {
    if (!ready) return;
    // The scheduling module brings ts-fsrs: keep it out of the question page's first load.
    void import('@/lib/progress/schedule').then(({ markSeen }) =>
      update((data) => markSeen(data, slug, new Date())),
    );
  }, [ready, update, slug]);
  return null;
}
