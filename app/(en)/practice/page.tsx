import { pageMetadata } from '@/lib/i18n/metadata';
import { translator } from '@/lib/i18n/messages';

export const metadata = pageMetadata('en', 'practice.title');

export default function Practice() {
  const t = translator('en');
  return (
    <section>
      <h1>{t('practice.title')}</h1>
      <p>
        <strong>{t('common.comingSoon')}.</strong> {t('practice.soon')}
      </p>
    </section>
  );
}
