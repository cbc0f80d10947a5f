'use client';

import { useEffect, useRef, useState } from 'react';
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
  // Each step replaces or disables the button pressed: focus follows to what it revealed.
  const points = useRef<HTMLFieldSetElement>(null);
  const ratedLine = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (revealed) points.current?.querySelector('input')?.focus();
  }, [revealed]);
  useEffect(() => {
    if (rated !== null) ratedLine.current?.focus();
  }, [rated]);

  useEffect(() => {
    if (revealed) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [revealed]);

  // "Hard" is a recall with effort: right, scheduled sooner. "Good" or "Easy" with no key point
  // ticked is asked about once before it counts.
  const [doubt, setDoubt] = useState<number | null>(null);
  const rate = (r: (typeof ratings)[number]) => {
    if (r >= 3 && ticked.length === 0 && doubt !== r) {
      setDoubt(r);
      return;
    }
    setRated(r);
    onAnswer({
      correct: r >= 2,
      rating: r,
      response: { kind: 'explain', covered: ticked, rating: r },
    });
  };

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
          <fieldset className={styles.fieldset} ref={points}>
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
                  onClick={() => rate(r)}
                >
                  {t(`practice.rating.${r}`)}
                </button>
              ))}
            </div>
            {doubt !== null && rated === null && (
              <p role="alert">
                {t('practice.explain.noPoints', {
                  rating: t(`practice.rating.${doubt as 1 | 2 | 3 | 4}`),
                })}
              </p>
            )}
            {rated !== null && (
              <p role="status" ref={ratedLine} tabIndex={-1}>
                {t('practice.review.rated', {
                  rating: t(`practice.rating.${rated as 1 | 2 | 3 | 4}`),
                })}
              </p>
            )}
          </fieldset>
        </>
      )}
    </div>
  );
}
