import { preload } from 'react-dom';
import { translator, type Locale } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { PracticeEntry } from './PracticeEntry';

/** /practice: the heading and intro are static; the exercises load in the browser. */
export function PracticePage({ locale }: { locale: Locale }) {
  const t = translator(locale);
  // The exercise bank is fetched by the practice engine once its code has loaded: asked for in
  // the page's head instead, it downloads alongside that code, and the choices show sooner.
  preload(localePath(locale, '/practice-bank.json'), { as: 'fetch', crossOrigin: 'anonymous' });
  return (
    <>
      <h1>{t('practice.title')}</h1>
      <p>{t('practice.intro')}</p>
      <PracticeEntry />
    </>
  );
}
