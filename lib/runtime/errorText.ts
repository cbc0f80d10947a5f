import { renderCoded } from '@/lib/i18n/codedMessages';
import type { Locale } from '@/lib/i18n/messages';
import type { RunError } from './displays';

/** A run's error in the page's language where we made it; tfjs' and the learner's own as they are. */
export function errorText(error: RunError, locale: Locale): string {
  return error.coded ? renderCoded(error.coded, locale) : error.message;
}
