'use client';

import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { translator, type Locale } from '@/lib/i18n/messages';

const LocaleContext = createContext<Locale>('en');

export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** The translator for the page's locale, for client components. */
export function useT() {
  const locale = useLocale();
  return useMemo(() => translator(locale), [locale]);
}
