'use client';

import { useEffect } from 'react';
import { preferredLocale, savedLocaleChoice } from '@/lib/i18n/localeChoice';

/**
 * On the English home page: a visitor who chose Chinese before, or whose browser prefers
 * Chinese and who has not chosen yet, goes to the Chinese home page.
 */
export function FirstVisitLanguage() {
  useEffect(() => {
    if (
      preferredLocale(savedLocaleChoice(), navigator.languages ?? [navigator.language]) === 'zh'
    ) {
      window.location.replace(`/zh/${window.location.search}`);
    }
  }, []);
  return null;
}
