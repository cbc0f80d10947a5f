import { translator, type Locale } from '@/lib/i18n/messages';
import { PracticeEntry } from './PracticeEntry';

/** /practice: the heading and intro are static; the exercises load in the browser. */
export function PracticePage({ locale }: { locale: Locale }) {
  const t = translator(locale);
  return (
    <>
      <h1>{t('practice.title')}</h1>
      <p>{t('practice.intro')}</p>
      <PracticeEntry />
    </>
  );
}
