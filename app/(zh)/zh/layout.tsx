import type { ReactNode } from 'react';
import { SiteLayout } from '@/components/SiteLayout';
import { siteMetadata } from '@/lib/i18n/metadata';

export const metadata = siteMetadata('zh');

export default function ChineseLayout({ children }: { children: ReactNode }) {
  return <SiteLayout locale="zh">{children}</SiteLayout>;
}
