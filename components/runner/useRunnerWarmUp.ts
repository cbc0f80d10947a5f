'use client';

import { useCallback } from 'react';
import { loadRunner } from './loadRunner';

/**
 * Starts the page's runner worker and fetches the output panel: call it on intent (pointer over
 * or focus in a runner), so the first run does not wait for either and a reader who never comes
 * near a runner never pays for them.
 */
export function useRunnerWarmUp(): () => void {
  return useCallback(() => {
    void loadRunner().then((runner) => runner.warmUp());
    void import('./RunOutput');
  }, []);
}
