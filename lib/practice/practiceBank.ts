import type { Locale } from '@/lib/i18n/messages';
import { buildBank } from './buildBank';
import { drills } from './drills/catalog';

/** The bank the practice page serves: every page's exercises plus the coding drills. */
export function practiceBank(locale: Locale) {
  return buildBank(locale, drills);
}
