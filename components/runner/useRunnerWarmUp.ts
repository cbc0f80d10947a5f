'use client';

import { useEffect } from 'react';
import { sharedRunner } from '@/lib/runtime/client';
import { whenIdle } from '../whenIdle';

/**
 * Starts the page's runner worker and fetches the output panel while the browser is idle, so
 * the first run does not wait for either.
 */
export function useRunnerWarmUp(): void {
  useEffect(
    () =>
      whenIdle(() => {
        sharedRunner().warmUp();
        void import('./RunOutput');
      }),
    [],
  );
}
