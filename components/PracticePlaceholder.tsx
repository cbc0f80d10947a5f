import { translator, type Locale } from '@/lib/i18n/messages';

/** /practice until the practice mode (issue 7) lands. */
export function PracticePlaceholder({ locale }: { locale: Locale }) {
  const t = translator(locale);
  return (
    <section>
      <h1>{t('practice.title')}</h1>
      <p>
        <strong>{t('common.comingSoon')}.</strong> {t('practice.soon')}
      </p>
    </section>
  );
}
