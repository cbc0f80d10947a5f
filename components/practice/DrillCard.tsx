'use client';

import dynamic from 'next/dynamic';
import { useRef, useState } from 'react';
import { drillById } from '@/lib/practice/drills/catalog';
import type { GradeResult } from '@/lib/practice/grading/types';
import { gradeDrill } from '@/lib/practice/grading/gradeDrill';
import { sharedRunner } from '@/lib/runtime/client';
import { codeKey } from '@/lib/runtime/savedCode';
import { defaultTolerance } from '@/lib/tolerance';
import { useSavedCode } from '../editor/useSavedCode';
import { CodePanel } from '../runner/CodePanel';
import { editorHeight } from '../runner/CodeRunner';
import { useLatestResult } from '../runner/useLatestResult';
import { useLocale, useT } from '../LocaleContext';
import type { ExerciseProps } from './ExerciseView';
import { GradeReport } from './GradeReport';
import styles from './practice.module.css';

const RunOutput = dynamic(() => import('../runner/RunOutput').then((m) => m.RunOutput));

/**
 * A coding drill: the task, Monaco with the starter, Submit. The code is graded in the worker
 * against sample and hidden random cases; a failure shows the case's inputs and the expected,
 * actual and difference heatmaps. The learner's code is kept on the device between visits.
 */
export function DrillCard({ drillId, mock, onAnswer }: ExerciseProps & { drillId: string }) {
  const t = useT();
  const locale = useLocale();
  const drill = drillById(drillId);
  const starter = drill?.starter ?? '';
  const key = codeKey(`drill:${drillId}`, starter);
  const [code, edit] = useSavedCode(key, starter);
  const { result, busy: grading, start } = useLatestResult<GradeResult>();
  const [tries, setTries] = useState(0);
  const [showSolution, setShowSolution] = useState(false);
  const answered = useRef(false);

  const answer = (correct: boolean, rating: 1 | 2 | 3) => {
    if (answered.current) return;
    answered.current = true;
    onAnswer({ correct, rating });
  };

  const submit = async () => {
    const graded = await start(() =>
      gradeDrill(sharedRunner(), code, { drillId, seed: Date.now() }, 'auto'),
    );
    if (!graded) return;
    setTries((n) => n + 1);
    if (graded.passed) answer(true, tries === 0 ? 3 : 2);
  };

  if (!drill) return <p role="alert">{t('practice.empty')}</p>;
  const height = editorHeight(starter) + 4 * 19;
  const solution = drill.solution;
  const mayShowSolution = !mock && solution && (result?.passed || tries >= 2);

  return (
    <div className={styles.exercise}>
      <h3 className={styles.prompt}>{drill.title[locale]}</h3>
      <p className={styles.task}>{withCode(drill.prompt[locale])}</p>
      <p className={styles.hint}>
        {t('practice.drill.hint', {
          atol: defaultTolerance.atol.toExponential(),
          rtol: defaultTolerance.rtol.toExponential(),
        })}
      </p>
      <div className={styles.drillEditor}>
        <CodePanel
          code={code}
          onChange={edit}
          onRun={() => void submit()}
          error={result?.run.error}
          height={height}
          modelPath={`file:///drills/${drillId}.ts`}
          drill
        />
      </div>
      <div className={styles.row}>
        <button
          type="button"
          className={styles.primary}
          onClick={() => void submit()}
          aria-keyshortcuts="Control+Enter Meta+Enter"
        >
          {grading ? t('practice.drill.grading') : t('practice.drill.submit')}
        </button>
        <button type="button" onClick={() => edit(starter)} disabled={code === starter}>
          {t('practice.drill.resetStarter')}
        </button>
        {mayShowSolution && (
          <button
            type="button"
            onClick={() => {
              setShowSolution(true);
              if (!result?.passed) answer(false, 1);
            }}
          >
            {t('practice.drill.showSolution')}
          </button>
        )}
      </div>
      <div aria-live="polite" aria-busy={grading}>
        {result && (
          <>
            {result.run.error || result.run.logs.length > 0 ? (
              <RunOutput result={result.run} />
            ) : null}
            <GradeReport result={result} functionName={drill.functionName} />
          </>
        )}
      </div>
      {showSolution && solution && (
        <pre className={styles.solution} aria-label={t('practice.drill.showSolution')}>
          {solution}
        </pre>
      )}
    </div>
  );
}

/** The task text marks names and shapes with backticks: show them as code. */
function withCode(text: string) {
  return text.split(/`([^`]+)`/).map((part, i) => (i % 2 ? <code key={i}>{part}</code> : part));
}
