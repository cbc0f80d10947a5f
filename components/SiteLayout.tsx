import type { ReactNode } from 'react';
import { htmlLang } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/messages';
import { LocaleProvider } from './LocaleContext';
import { OfflineSupport } from './OfflineSupport';
import { SiteHeader } from './SiteHeader';
import '@/app/globals.css';

/** The document for one language: each language is its own root layout, so <html lang> is right. */
export function SiteLayout({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <html lang={htmlLang(locale)}>
      <body>
        <LocaleProvider locale={locale}>
          <SiteHeader locale={locale} />
          <main id="main">{children}</main>
          <OfflineSupport />
        </LocaleProvider>
      </body>
    </html>
  );
}
