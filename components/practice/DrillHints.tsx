'use client';

import { drillHints } from '@/lib/practice/drills/hints';
import { solutions } from '@/lib/practice/drills/catalog';
import type { HintLevel } from '@/lib/progress/types';
import { useLocale, useT } from '../LocaleContext';
import styles from './practice.module.css';

interface Props {
  drillId: string;
  /** How many hints are open: 0 none, 1 the nudge, 2 the key line too, 3 the solution too. */
  level: 0 | HintLevel;
  onReveal: (level: HintLevel) => void;
}

const buttonKeys = {
  1: 'practice.hints.nudge',
  2: 'practice.hints.keyLine',
  3: 'practice.hints.solution',
} as const;

/**
 * A drill's hints, one step at a time: a nudge, then the key line, then the whole solution.
 * Only the next step can be opened, so a learner who wants the nudge never sees more by accident.
 */
export function DrillHints({ drillId, level, onReveal }: Props) {
  const t = useT();
  const locale = useLocale();
  const hints = drillHints[drillId];
  const solution = solutions[drillId];
  if (!hints || !solution) return null;
  const next = level < 3 ? ((level + 1) as HintLevel) : null;

  return (
    <section className={styles.hints} aria-labelledby={`hints-${drillId}`}>
      <h4 id={`hints-${drillId}`} className={styles.hintsTitle}>
        {t('practice.hints.title')}
      </h4>
      <p className={styles.hint}>
        {t('practice.hints.note')} {t('practice.hints.used', { n: level })}
      </p>
      {level >= 1 && (
        <div data-hint="nudge">
          <p className={styles.hintLabel}>{t('practice.hints.nudgeLabel')}</p>
          <p>{withCode(hints.nudge[locale])}</p>
        </div>
      )}
      {level >= 2 && (
        <div data-hint="key-line">
          <p className={styles.hintLabel}>{t('practice.hints.keyLineLabel')}</p>
          <pre className={styles.solution}>
            <code>{hints.keyLine.code}</code>
          </pre>
          <p>{withCode(hints.keyLine.why[locale])}</p>
        </div>
      )}
      {level >= 3 && (
        <div data-hint="solution">
          <p className={styles.hintLabel}>{t('practice.hints.solutionLabel')}</p>
          <pre className={styles.solution} aria-label={t('practice.hints.solutionLabel')}>
            {solution}
          </pre>
        </div>
      )}
      {next && (
        <button type="button" onClick={() => onReveal(next)}>
          {t(buttonKeys[next])}
        </button>
      )}
    </section>
  );
}

/** Hint texts mark names and shapes with backticks: show them as code. */
function withCode(text: string) {
  return text.split(/`([^`]+)`/).map((part, i) => (i % 2 ? <code key={i}>{part}</code> : part));
}
