'use client';

import { useT } from '../LocaleContext';
import styles from './practice.module.css';

/**
 * The practice chooser as static HTML, shown until the practice code, the exercise bank and the
 * learner's progress have all arrived: the same cards in the same words, their buttons waiting.
 * The page's largest text (the mock interview's description) is here, so it paints with the
 * page instead of seconds later; the chooser then takes its place.
 */
export function PracticeOutline() {
  const t = useT();
  return (
    <div className={styles.home} aria-busy="true">
      <section className={styles.card} aria-labelledby="outline-review">
        <h2 id="outline-review">{t('practice.review')}</h2>
        <p role="status">{t('practice.loading')}</p>
      </section>
      <section className={styles.card} aria-labelledby="outline-mixed">
        <h2 id="outline-mixed">{t('practice.mixed')}</h2>
        <p>{t('practice.mixedHint')}</p>
        <button type="button" disabled>
          {t('practice.start')}: {t('practice.mixed')}
        </button>
      </section>
      <section className={styles.card} aria-labelledby="outline-mock">
        <h2 id="outline-mock">{t('practice.mock')}</h2>
        <p>{t('practice.mockHint')}</p>
        <button type="button" className={styles.primary} disabled>
          {t('practice.startMock')}
        </button>
      </section>
    </div>
  );
}
