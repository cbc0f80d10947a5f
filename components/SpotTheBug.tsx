import type { Bug } from '@/lib/content/schema';
import { translator, type Locale } from '@/lib/i18n/messages';
import { CodeRunner } from './runner/CodeRunner';
import styles from './SpotTheBug.module.css';

/**
 * A spot-the-bug exercise on a question page: the buggy snippet with line numbers; the answer
 * (the wrong lines, the explanation, and both versions runnable) stays folded until asked for.
 */
export function SpotTheBug({ bug, locale = 'en' }: { bug: Bug; locale?: Locale }) {
  const t = translator(locale);
  const wrong = new Set(bug.lines);
  return (
    <figure className={styles.bug} data-bug-id={bug.id}>
      <figcaption className={styles.title}>
        {t('bug.label')}: {bug.title}
      </figcaption>
      {/* Focusable: long lines scroll sideways, and a keyboard user must be able to scroll too. */}
      <ol className={styles.code} aria-label={t('bug.code')} tabIndex={0}>
        {bug.buggy.split('\n').map((line, i) => (
          <li key={i}>
            <code>{line || ' '}</code>
          </li>
        ))}
      </ol>
      <details className={styles.answer}>
        <summary>{t('bug.reveal')}</summary>
        <p>
          <strong>{t('bug.lines', { lines: [...wrong].join(', ') })}</strong> {bug.explanation}
        </p>
        <div className={styles.pair}>
          {/* Slots of their own: the page's own demos may show the same code. */}
          <CodeRunner code={bug.buggy} title={t('bug.buggy')} slot={`bug-${bug.id}`} />
          <CodeRunner code={bug.fixed} title={t('bug.fixed')} slot={`bug-${bug.id}`} />
        </div>
      </details>
    </figure>
  );
}
