import Link from 'next/link';
import { translator, type Locale } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { DueBadge } from './DueBadge';
import { LanguageSwitch } from './LanguageSwitch';
import styles from './SiteHeader.module.css';

export function SiteHeader({ locale }: { locale: Locale }) {
  const t = translator(locale);
  return (
    <header className={styles.header}>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <Link href={localePath(locale, '/')} className={styles.brand}>
        <span aria-hidden="true" className={styles.logo}>
          ◎
        </span>
        {t('site.name')}
      </Link>
      <nav aria-label={t('nav.main')} className={styles.nav}>
        <Link href={localePath(locale, '/')}>{t('nav.questions')}</Link>
        <Link href={localePath(locale, '/practice/')}>
          {t('nav.practice')}
          <DueBadge />
        </Link>
        <Link href={localePath(locale, '/playground/')}>{t('nav.playground')}</Link>
        <Link href={localePath(locale, '/lab/')}>{t('nav.lab')}</Link>
      </nav>
      <LanguageSwitch />
    </header>
  );
}
