import { compressToEncodedURIComponent } from 'lz-string';
import type { BackendChoice } from '@/lib/runtime/displays';

/**
 * The playground's settings, kept in the URL's hash (compressed) so a link reproduces a run.
 * Writing a link needs only lz-string; reading one checks it with zod (`urlState.ts`), which
 * loads only when the page arrives with a link.
 */
export interface PlaygroundState {
  code: string;
  backend: BackendChoice;
  timeoutMs: number;
}

export function encodeState(state: PlaygroundState): string {
  return `#s=${compressToEncodedURIComponent(JSON.stringify(state))}`;
}

/** Whether a hash carries settings at all (a link made by encodeState). */
export function carriesState(hash: string): boolean {
  return Boolean(new URLSearchParams(hash.replace(/^#/, '')).get('s'));
}
