'use client';

import { usePathname } from 'next/navigation';
import { translator } from '@/lib/i18n/messages';
import { htmlLang, localeOfPath, switchLocalePath } from '@/lib/i18n/paths';
import { saveLocaleChoice } from '@/lib/i18n/localeChoice';
import { useLocale } from './LocaleContext';
import styles from './SiteHeader.module.css';

/**
 * Goes to the same page in the other language (keeping the query and the playground's hash)
 * and remembers the choice. Its label is written in the language it leads to.
 */
export function LanguageSwitch() {
  const locale = useLocale();
  const pathname = usePathname();
  const target = locale === 'en' ? 'zh' : 'en';
  const href = switchLocalePath(pathname);
  return (
    <a
      className={styles.switch}
      href={href}
      hrefLang={htmlLang(target)}
      lang={htmlLang(target)}
      // A plain link: each language has its own root layout, so this is a full page load.
      onClick={(event) => {
        saveLocaleChoice(localeOfPath(href));
        event.currentTarget.href = `${href}${window.location.search}${window.location.hash}`;
      }}
    >
      {translator(target)('nav.languageName')}
    </a>
  );
}
