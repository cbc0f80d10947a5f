'use client';

import dynamic from 'next/dynamic';
import { useRef, useState } from 'react';
import { drillById } from '@/lib/practice/drills/catalog';
import type { GradeResult } from '@/lib/practice/grading/types';
import { gradeDrill } from '@/lib/practice/grading/gradeDrill';
import type { Response } from '@/lib/practice/session';
import type { HintLevel } from '@/lib/progress/types';
import { codeKey } from '@/lib/runtime/savedCode';
import { defaultTolerance } from '@/lib/tolerance';
import { useSavedCode } from '../editor/useSavedCode';
import { CodePanel } from '../runner/CodePanel';
import { loadRunner } from '../runner/loadRunner';
import { editorHeight } from '../runner/CodeRunner';
import { useLatestResult } from '../runner/useLatestResult';
import { useLocale, useT } from '../LocaleContext';
import { DrillHints } from './DrillHints';
import type { DrillProgress, ExerciseProps } from './ExerciseView';
import { GradeReport } from './GradeReport';
import styles from './practice.module.css';

const RunOutput = dynamic(() => import('../runner/RunOutput').then((m) => m.RunOutput));

/**
 * A coding drill: the task, Monaco with the starter, Submit. The code is graded in the worker
 * against sample and hidden random cases; a failure shows the case's inputs and the expected,
 * actual and difference heatmaps. The learner's code is kept on the device between visits.
 * Outside mock interviews, hints open one step at a time (each recorded by `progress`); a drill
 * seen before starts as a fresh attempt, its earlier code hidden until asked for.
 */
export function DrillCard({
  drillId,
  mock,
  onAnswer,
  onAttempt,
  progress,
}: ExerciseProps & { drillId: string; progress?: DrillProgress }) {
  const t = useT();
  const locale = useLocale();
  const drill = drillById(drillId);
  const starter = drill?.starter ?? '';
  const key = codeKey(`drill:${drillId}`, starter);
  const saved = useSavedCode(key, starter);
  // A fresh attempt edits a copy that starts from the starter and is not saved, so the next
  // review hides this attempt's code too.
  const [fresh, setFresh] = useState(progress?.attempted === true && saved.code !== starter);
  const [freshCode, setFreshCode] = useState(starter);
  const [code, edit] = fresh ? [freshCode, setFreshCode] : [saved.code, saved.edit];
  // Bumped whenever the code shown is set from outside the editor (switching between the fresh
  // attempt and the saved code, resetting the fresh copy): the editor then takes it (CodeEditor).
  const [switches, setSwitches] = useState(0);
  const revision = saved.revision + switches;
  const showFresh = (on: boolean) => {
    if (on) setFreshCode(starter);
    setFresh(on);
    setSwitches((n) => n + 1);
  };
  const reset = () => {
    if (!fresh) return saved.replace(starter);
    setFreshCode(starter);
    setSwitches((n) => n + 1);
  };
  const { result, busy: grading, start } = useLatestResult<GradeResult>();
  const [tries, setTries] = useState(0);
  const [hints, setHints] = useState<0 | HintLevel>(progress?.hints ?? 0);
  const answered = useRef(false);

  const answer = (correct: boolean, rating: 1 | 2 | 3, response?: Response) => {
    if (answered.current) return;
    answered.current = true;
    onAnswer({ correct, rating, response });
  };

  // Ctrl+Enter passes the editor's text, which may be a keystroke ahead of `code`.
  const submit = async (source: string = code) => {
    const graded = await start(async () =>
      gradeDrill(await loadRunner(), source, { drillId, seed: Date.now() }, 'auto'),
    );
    if (!graded) return;
    setTries((n) => n + 1);
    const response: Response = { kind: 'drill', cases: graded.cases };
    onAttempt?.(response);
    if (graded.passed) answer(true, tries === 0 ? 3 : 2, response);
  };

  const reveal = (level: HintLevel) => {
    setHints(level);
    // Hints opened after the drill is answered belong to no attempt and cost nothing.
    if (answered.current) return;
    progress?.onHint(level);
    if (level === 3) answer(false, 1);
  };

  const warmUp = () => void loadRunner().then((runner) => runner.warmUp());

  if (!drill) return <p role="alert">{t('practice.empty')}</p>;
  const height = editorHeight(starter) + 4 * 19;

  return (
    // Pointer over or focus in the drill starts the worker, so a first Submit does not wait for it.
    <div className={styles.exercise} onPointerEnter={warmUp} onFocus={warmUp}>
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
          revision={revision}
          onChange={edit}
          onRun={(source) => void submit(source)}
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
        <button type="button" onClick={reset} disabled={code === starter}>
          {t('practice.drill.resetStarter')}
        </button>
        {fresh ? (
          <button type="button" onClick={() => showFresh(false)}>
            {t('practice.fresh.back')}
          </button>
        ) : (
          saved.code !== starter && (
            <button
              type="button"
              title={t('practice.fresh.startHint')}
              onClick={() => showFresh(true)}
            >
              {t('practice.fresh.start')}
            </button>
          )
        )}
      </div>
      {fresh && (
        <p className={styles.hint} role="status">
          {t('practice.fresh.on')}
        </p>
      )}
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
      {!mock && <DrillHints drillId={drillId} level={hints} onReveal={reveal} />}
    </div>
  );
}

/** The task text marks names and shapes with backticks: show them as code. */
function withCode(text: string) {
  return text.split(/`([^`]+)`/).map((part, i) => (i % 2 ? <code key={i}>{part}</code> : part));
}
