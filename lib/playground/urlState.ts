import { decompressFromEncodedURIComponent } from 'lz-string';
import { englishOf, renderCoded, type CodedMessage } from '@/lib/i18n/codedMessages';
import type { Locale } from '@/lib/i18n/messages';
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { backendChoices } from '@/lib/runtime/displays';
import type { PlaygroundState } from './urlEncode';

export { encodeState, type PlaygroundState } from './urlEncode';

// zod's small build, the lighter to start when a link is read. Pages run under a Content Security Policy without 'unsafe-eval':
// zod would otherwise probe for its compiled fast path with `Function('')`, which the browser
// refuses and reports as a policy violation; the interpreted path is plenty for one small object.
z.config({ ...en(), jitless: true });

/** The check of a link's settings: adding a setting means adding it here and to the type. */
export const playgroundStateSchema = z.object({
  code: z.string().check(z.maxLength(100_000)),
  backend: z._default(z.enum(backendChoices), 'auto'),
  timeoutMs: z._default(z.int().check(z.minimum(500), z.maximum(60_000)), 5000),
}) satisfies z.ZodMiniType<PlaygroundState>;

/** A broken link: `reason` in English (with zod's detail), `coded` for the page to word. */
export type DecodeResult =
  { ok: true; state: PlaygroundState | null } | { ok: false; reason: string; coded: CodedMessage };

const damaged = { code: 'code.playground.damaged' } as const;

/** Reads a hash; `state: null` when the link carries none. Never throws on a broken link. */
export function decodeState(hash: string): DecodeResult {
  const packed = new URLSearchParams(hash.replace(/^#/, '')).get('s');
  if (!packed) return { ok: true, state: null };
  const text = decompressFromEncodedURIComponent(packed);
  if (!text) return { ok: false, reason: englishOf(damaged), coded: damaged };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: englishOf(damaged), coded: damaged };
  }
  const parsed = playgroundStateSchema.safeParse(json);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.')))].join(', ');
    return {
      ok: false,
      reason: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      coded: { code: 'code.playground.invalid', params: { fields } },
    };
  }
  return { ok: true, state: parsed.data };
}

/**
 * A broken link's reason in the page's language. Worded here, with the codec, so the message
 * tables stay out of the playground's first load.
 */
export function brokenLinkText(coded: CodedMessage, locale: Locale): string {
  return renderCoded(coded, locale);
}
