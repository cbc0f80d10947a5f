'use client';

import { useId, useMemo, useState } from 'react';
import type { QuizItem } from '@/lib/content/schema';
import { sameSet } from '@/lib/practice/answers';
import { shuffleChoices } from '@/lib/practice/choiceOrder';
import { useT } from '../LocaleContext';
import type { ExerciseProps } from './ExerciseView';
import { Verdict } from './Verdict';
import styles from './practice.module.css';

interface QuizCardProps extends ExerciseProps {
  item: QuizItem;
  /** The practice session's seed: the choices are shuffled with it, once per attempt. */
  sessionSeed: number;
  exerciseId: string;
}

/**
 * A multiple-choice item: one answer (radio buttons) or several (checkboxes). The choices are
 * shown in an order drawn from the session's seed, so where the right one sits means nothing.
 */
export function QuizCard({ item, sessionSeed, exerciseId, mock, onAnswer }: QuizCardProps) {
  const t = useT();
  const name = useId();
  const shown = useMemo(
    () => shuffleChoices(item, sessionSeed, exerciseId),
    [item, sessionSeed, exerciseId],
  );
  const multiple = shown.answer.length > 1;
  const [chosen, setChosen] = useState<number[]>([]);
  const [checked, setChecked] = useState<boolean | null>(null);
  const done = checked !== null;

  const toggle = (i: number, on: boolean) =>
    setChosen((now) => (multiple ? (on ? [...now, i] : now.filter((x) => x !== i)) : [i]));

  return (
    <form
      className={styles.exercise}
      onSubmit={(e) => {
        e.preventDefault();
        if (done || chosen.length === 0) return;
        const correct = sameSet(chosen, shown.answer);
        setChecked(correct);
        onAnswer({
          correct,
          response: { kind: 'quiz', chosen: chosen.map((i) => shown.choices[i]) },
        });
      }}
    >
      <fieldset className={styles.fieldset} disabled={done}>
        <legend className={styles.prompt}>{item.prompt}</legend>
        <p className={styles.hint}>
          {multiple ? t('practice.chooseAll') : t('practice.chooseOne')}
        </p>
        <ul className={styles.choices}>
          {shown.choices.map((choice, i) => {
            const isAnswer = shown.answer.includes(i);
            const mark = done && !mock && (isAnswer || chosen.includes(i));
            return (
              <li key={i} data-correct={done && !mock ? isAnswer : undefined}>
                <label className={styles.choice}>
                  <input
                    type={multiple ? 'checkbox' : 'radio'}
                    name={name}
                    checked={chosen.includes(i)}
                    onChange={(e) => toggle(i, e.target.checked)}
                  />
                  <span>{choice}</span>
                  {mark && (
                    <span className={styles.tag}>
                      {isAnswer
                        ? `✓ ${t('practice.correctChoice')}`
                        : `✗ ${t('practice.yourChoice')}`}
                    </span>
                  )}
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      {!done && (
        <button type="submit" className={styles.primary} disabled={chosen.length === 0}>
          {t('practice.submit')}
        </button>
      )}
      {done && (
        <Verdict correct={checked} mock={mock}>
          <p>{item.explanation}</p>
        </Verdict>
      )}
    </form>
  );
}
