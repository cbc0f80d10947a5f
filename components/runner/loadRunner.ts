import type { RunnerClient } from '@/lib/runtime/client';

/**
 * The page's runner, loaded on first use (a Run, or the intent to run): the client and its
 * protocol stay out of every page's first load.
 */
export async function loadRunner(): Promise<RunnerClient> {
  const { sharedRunner } = await import('@/lib/runtime/client');
  return sharedRunner();
}
