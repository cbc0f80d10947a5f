'use client';

import { useState } from 'react';
import type { Bug } from '@/lib/content/schema';
import { sameSet } from '@/lib/practice/answers';
import { CodeComparison } from './CodeComparison';
import { useT } from '../LocaleContext';
import type { ExerciseProps } from './ExerciseView';
import { Verdict } from './Verdict';
import styles from './practice.module.css';

/**
 * Spot the bug: the snippet read-only, each line a toggle; then the wrong lines, the
 * explanation, and the buggy and fixed code run side by side so the difference shows.
 */
export function BugCard({ bug, mock, onAnswer }: ExerciseProps & { bug: Bug }) {
  const t = useT();
  const [chosen, setChosen] = useState<number[]>([]);
  const [checked, setChecked] = useState<boolean | null>(null);
  const done = checked !== null;
  const wrong = new Set(bug.lines);
  const lines = bug.buggy.replace(/\n$/, '').split('\n');

  const toggle = (n: number) =>
    setChosen((now) => (now.includes(n) ? now.filter((x) => x !== n) : [...now, n]));

  return (
    <div className={styles.exercise}>
      {/* The title names the mistake ("every head scaled by the model width"): until the
          answer is checked (and in a mock, until its review) the prompt asks without it. */}
      <p className={styles.prompt}>{done && !mock ? bug.title : t('practice.bug.prompt')}</p>
      <p className={styles.hint} id="bug-instructions">
        {t('practice.bug.instructions')}
      </p>
      <ol className={styles.bugLines} aria-describedby="bug-instructions">
        {lines.map((code, i) => {
          const n = i + 1;
          const selected = chosen.includes(n);
          const reveal = done && !mock && wrong.has(n);
          return (
            <li key={n}>
              <button
                type="button"
                aria-pressed={selected}
                disabled={done}
                data-wrong={reveal || undefined}
                onClick={() => toggle(n)}
              >
                <span className={styles.lineNo}>
                  <span className="visually-hidden">{t('practice.bug.lineLabel')} </span>
                  {n}
                  <span className="visually-hidden">: </span>
                </span>
                <code>{code || ' '}</code>
                {selected && (
                  <span className={styles.tag} aria-hidden="true">
                    ◀ {t('practice.bug.selected')}
                  </span>
                )}
                {reveal && <span className={styles.tag}>✗ {t('practice.bug.theMistake')}</span>}
              </button>
            </li>
          );
        })}
      </ol>
      {!done && (
        <button
          type="button"
          className={styles.primary}
          disabled={chosen.length === 0}
          onClick={() => {
            const correct = sameSet(chosen, bug.lines);
            setChecked(correct);
            onAnswer({ correct, response: { kind: 'bug', lines: chosen } });
          }}
        >
          {t('practice.submit')}
        </button>
      )}
      {done && (
        <Verdict correct={checked} mock={mock}>
          <p>
            <strong>{t('practice.bug.wrongLines', { lines: bug.lines.join(', ') })}</strong>{' '}
            {bug.explanation}
          </p>
          <p>{t('practice.bug.runBoth')}</p>
          <div className={styles.pair}>
            <CodeComparison code={bug.buggy} title={t('bug.buggy')} />
            <CodeComparison code={bug.fixed} title={t('bug.fixed')} />
          </div>
        </Verdict>
      )}
    </div>
  );
}
