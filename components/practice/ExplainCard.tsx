'use client';

import { useEffect, useState } from 'react';
import type { BankQuestion } from '@/lib/practice/bank';
import { useT } from '../LocaleContext';
import type { ExerciseProps } from './ExerciseView';
import styles from './practice.module.css';

const ratings = [1, 2, 3, 4] as const;

/**
 * Explain aloud: the interviewer's question and a running timer; then the key points of a
 * strong answer as a checklist, and the learner's own rating, which schedules the next review.
 */
export function ExplainCard({ question, onAnswer }: ExerciseProps & { question: BankQuestion }) {
  const t = useT();
  const [started] = useState(() => Date.now());
  const [now, setNow] = useState(started);
  const [revealed, setRevealed] = useState(false);
  const [ticked, setTicked] = useState<number[]>([]);
  const [rated, setRated] = useState<number | null>(null);

  useEffect(() => {
    if (revealed) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [revealed]);

  const seconds = Math.floor((now - started) / 1000);
  const clock = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  const total = question.keyPointsHtml.length;

  return (
    <div className={styles.exercise}>
      <blockquote className={styles.interviewer}>{question.prompt}</blockquote>
      <p className={styles.hint}>{t('practice.explain.instructions')}</p>
      <p className={styles.clock}>
        {t('practice.explain.timer')}: <span role="timer">{clock}</span>{' '}
        <span className={styles.hint}>({t('practice.explain.target')})</span>
      </p>
      {!revealed ? (
        <button
          type="button"
          className={styles.primary}
          onClick={() => {
            setNow(Date.now());
            setRevealed(true);
          }}
        >
          {t('practice.explain.done')}
        </button>
      ) : (
        <>
          <fieldset className={styles.fieldset}>
            <legend>{t('practice.explain.keyPoints')}</legend>
            <ul className={styles.choices}>
              {question.keyPointsHtml.map((html, i) => (
                <li key={i}>
                  <label className={styles.choice}>
                    <input
                      type="checkbox"
                      checked={ticked.includes(i)}
                      disabled={rated !== null}
                      onChange={(e) =>
                        setTicked((now) =>
                          e.target.checked ? [...now, i] : now.filter((x) => x !== i),
                        )
                      }
                    />
                    {/* Built from our own pages at build time (bold and KaTeX). */}
                    <span dangerouslySetInnerHTML={{ __html: html }} />
                  </label>
                </li>
              ))}
            </ul>
            <p role="status">{t('practice.explain.covered', { n: ticked.length, total })}</p>
          </fieldset>
          <fieldset className={styles.fieldset}>
            <legend>{t('practice.explain.rate')}</legend>
            <div className={styles.row}>
              {ratings.map((r) => (
                <button
                  key={r}
                  type="button"
                  aria-pressed={rated === r}
                  disabled={rated !== null}
                  onClick={() => {
                    setRated(r);
                    onAnswer({
                      correct: r >= 3,
                      rating: r,
                      response: { kind: 'explain', covered: ticked, rating: r },
                    });
                  }}
                >
                  {t(`practice.rating.${r}`)}
                </button>
              ))}
            </div>
          </fieldset>
        </>
      )}
    </div>
  );
}
