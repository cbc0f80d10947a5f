import type { Metadata } from 'next';
import { translator } from '@/lib/i18n/messages';

const t = translator('en');
export const metadata: Metadata = { title: t('practice.title') };

export default function PracticePage() {
  return (
    <section>
      <h1>{t('practice.title')}</h1>
      <p>
        <strong>{t('common.comingSoon')}.</strong> {t('practice.soon')}
      </p>
    </section>
  );
}
