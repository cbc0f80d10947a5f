import type { ReactNode } from 'react';
import { SiteLayout } from '@/components/SiteLayout';
import { siteMetadata } from '@/lib/i18n/metadata';

export const metadata = siteMetadata('en');

export default function EnglishLayout({ children }: { children: ReactNode }) {
  return <SiteLayout locale="en">{children}</SiteLayout>;
}
