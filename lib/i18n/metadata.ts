import type { Metadata } from 'next';
import { translator, type Locale, type MessageKey } from './messages';

export function siteMetadata(locale: Locale): Metadata {
  const t = translator(locale);
  return {
    title: { default: t('site.name'), template: `%s · ${t('site.name')}` },
    description: t('site.tagline'),
  };
}

/** Metadata for a page whose title is one message. */
export function pageMetadata(locale: Locale, key: MessageKey): Metadata {
  return { title: translator(locale)(key) };
}
