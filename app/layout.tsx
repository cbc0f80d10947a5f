import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { LocaleProvider } from '@/components/LocaleContext';
import { SiteHeader } from '@/components/SiteHeader';
import { translator } from '@/lib/i18n/messages';
import './globals.css';

const t = translator('en');

export const metadata: Metadata = {
  title: { default: t('site.name'), template: `%s · ${t('site.name')}` },
  description: t('site.tagline'),
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <LocaleProvider locale="en">
          <SiteHeader locale="en" />
          <main id="main">{children}</main>
        </LocaleProvider>
      </body>
    </html>
  );
}
