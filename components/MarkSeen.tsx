'use client';

import { useEffect } from 'react';
import { updateProgress, whenIdle } from '@/lib/progress/useProgress';

/**
 * Records that a question page was read, for the list's progress. Renders nothing. Written once
 * the browser is idle, straight into the stored record (`visitWriter.ts`, a few hundred bytes);
 * only a record that path is unsure of loads the store (zod, its full check) to do it.
 */
export function MarkSeen({ slug }: { slug: string }) {
  useEffect(
    () =>
      whenIdle(() => {
        const now = new Date();
        void import('@/lib/progress/visitWriter')
          .then(({ recordVisit }) => recordVisit(slug, now))
          .catch(() => false)
          .then(async (written) => {
            if (written) return;
            const { markSeen } = await import('@/lib/progress/visits');
            await updateProgress((data) => markSeen(data, slug, now));
          })
          .catch(() => undefined); // a visit not recorded costs the learner nothing else
      }),
    [slug],
  );
  return null;
}
