import type { Metadata } from 'next';
import { translator } from '@/lib/i18n/messages';

const t = translator('en');
export const metadata: Metadata = { title: t('playground.title') };

export default function PlaygroundPage() {
  return (
    <section>
      <h1>{t('playground.title')}</h1>
      <p>
        <strong>{t('common.comingSoon')}.</strong> {t('playground.soon')}
      </p>
    </section>
  );
}
