'use client';

import dynamic from 'next/dynamic';
import { useRef, useState } from 'react';
import { drillById } from '@/lib/practice/drills/catalog';
import { solutions } from '@/lib/practice/drills/solutions';
import type { GradeResult } from '@/lib/practice/grading/types';
import { sharedRunner } from '@/lib/runtime/client';
import { codeKey } from '@/lib/runtime/savedCode';
import { editorHeight } from '../CodeRunner';
import { EditorHint } from '../editor/EditorHint';
import { EditorPlaceholder } from '../editor/EditorPlaceholder';
import { useLazyEditor } from '../editor/useLazyEditor';
import { useSavedCode } from '../editor/useSavedCode';
import { useLocale, useT } from '../LocaleContext';
import type { ExerciseProps } from './ExerciseView';
import { GradeReport } from './GradeReport';
import styles from './practice.module.css';

const RunOutput = dynamic(() => import('../RunOutput').then((m) => m.RunOutput));

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
  const { code, edit, replace, revision } = useSavedCode(key, starter);
  const { Editor, failed, load, pending } = useLazyEditor();
  // Pointer over or focus on the code loads the editor and starts the worker for Submit.
  const intent = () => {
    load();
    sharedRunner().warmUp();
  };
  const [result, setResult] = useState<GradeResult | null>(null);
  const [grading, setGrading] = useState(false);
  const [tries, setTries] = useState(0);
  const [showSolution, setShowSolution] = useState(false);
  const answered = useRef(false);
  const latest = useRef(0);

  const answer = (correct: boolean, rating: 1 | 2 | 3) => {
    if (answered.current) return;
    answered.current = true;
    onAnswer({ correct, rating });
  };

  const submit = async () => {
    const id = ++latest.current;
    setGrading(true);
    const graded = await sharedRunner().grade(code, drillId, Date.now(), 'auto');
    if (id !== latest.current) return;
    setResult(graded);
    setGrading(false);
    setTries((n) => n + 1);
    if (graded.passed) answer(true, tries === 0 ? 3 : 2);
  };

  if (!drill) return <p role="alert">{t('practice.empty')}</p>;
  const height = editorHeight(starter) + 4 * 19;
  const solution = solutions[drillId];
  const mayShowSolution = !mock && solution && (result?.passed || tries >= 2);

  return (
    <div
      className={styles.exercise}
      onPointerEnter={() => sharedRunner().warmUp()}
      onFocus={() => sharedRunner().warmUp()}
    >
      <h3 className={styles.prompt}>{drill.title[locale]}</h3>
      <p className={styles.task}>{withCode(drill.prompt[locale])}</p>
      <p className={styles.hint}>{t('practice.drill.hint', { atol: '1e-4', rtol: '1e-3' })}</p>
      <div
        className={styles.drillEditor}
        onKeyDown={(e) => {
          if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
            e.preventDefault();
            void submit();
          }
        }}
      >
        {Editor ? (
          <Editor
            value={code}
            revision={revision}
            pendingRef={pending}
            onChange={edit}
            onRun={() => void submit()}
            markers={
              result?.run.error?.location
                ? [{ ...result.run.error.location, message: result.run.error.message }]
                : []
            }
            ariaLabel={t('runner.edit')}
            height={height}
            modelPath={`file:///drills/${drillId}.ts`}
          />
        ) : (
          <EditorPlaceholder
            code={code}
            className={styles.placeholder}
            height={height}
            ariaLabel={t('runner.edit')}
            onIntent={intent}
            pendingRef={pending}
          >
            <pre>{code}</pre>
          </EditorPlaceholder>
        )}
        {!Editor && <EditorHint />}
      </div>
      {failed && <p className={styles.hint}>{t('runner.editorFailed')}</p>}
      <div className={styles.row}>
        <button
          type="button"
          className={styles.primary}
          onClick={() => void submit()}
          aria-keyshortcuts="Control+Enter Meta+Enter"
        >
          {grading ? t('practice.drill.grading') : t('practice.drill.submit')}
        </button>
        <button type="button" onClick={() => replace(starter)} disabled={code === starter}>
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
