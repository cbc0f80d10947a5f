import { locales, type Locale } from './messages';

const key = 'atlas:locale';

/** The language the learner chose with the switch; null before any choice (or without storage). */
export function savedLocaleChoice(): Locale | null {
  try {
    const value = window.localStorage.getItem(key);
    return (locales as readonly string[]).includes(value ?? '') ? (value as Locale) : null;
  } catch {
    return null;
  }
}

export function saveLocaleChoice(locale: Locale): void {
  try {
    window.localStorage.setItem(key, locale);
  } catch {
    // Without storage the choice lasts for this page only.
  }
}

/** The language a first visit should get: the saved choice, else the browser's preference. */
export function preferredLocale(saved: Locale | null, browserLanguages: readonly string[]): Locale {
  if (saved) return saved;
  const first = browserLanguages.find((l) => /^(zh|en)\b/i.test(l));
  return first && /^zh/i.test(first) ? 'zh' : 'en';
}
