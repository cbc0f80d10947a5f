'use client';

import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { configFromSearch, configProblems, configToSearch, type LabConfig } from '@/lib/lab/config';
import type { LabMessageKey } from '@/lib/i18n/labMessages';
import type { LabModelFile } from '@/lib/lab/modelFile';
import { makeExample } from '@/lib/lab/tasks';
import { mulberry32 } from '@/lib/random';
import type { BackendChoice } from '@/lib/runtime/displays';
import { useLocale } from '../LocaleContext';
import { LabMessagesProvider, useLabT, useProblemText } from './labMessages';
import styles from './Lab.module.css';
import { LabPresets } from './LabPresets';
import { LabSettings } from './LabSettings';
import { ModelFiles } from './ModelFiles';
import { useLabTraining, type LabFailure } from './useLabTraining';
import { useLinkSettings } from './useLinkSettings';

// Charts and heatmaps (d3) load once the visitor starts or loads a model, not with the page.
const LabView = lazy(() => import('./LabView'));

/** The probe: one example of the task, the same for a given seed, so maps compare over time. */
function defaultProbe(config: LabConfig): number[] {
  return makeExample(config.task, config.length, config.vocab, mulberry32(config.seed + 7)).x;
}

/**
 * The Attention Lab: settings in the URL, training in the runner's worker, views on intent.
 * `messages` are the lab's strings in the page's language (lib/i18n/labMessages.ts).
 */
export function LabPage({ messages }: { messages: Record<LabMessageKey, string> }) {
  return (
    <LabMessagesProvider messages={messages}>
      <Lab />
    </LabMessagesProvider>
  );
}

function Lab() {
  const t = useLabT();
  const problemText = useProblemText();
  const locale = useLocale();
  // Every control stays disabled until the link's settings are read (`arrived`).
  const settings = useLinkSettings();
  const { config, arrived, ignored } = settings;
  const [backend, setBackend] = useState<BackendChoice>('auto');
  const [custom, setCustom] = useState<number[] | null>(null);
  const [headsOff, setHeadsOff] = useState<number[][]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  /** Set by the visitor's first change, start or step: a saved model found later then yields. */
  const acted = useRef(false);
  const [savedFile, setSavedFile] = useState<Omit<LabModelFile, 'app' | 'kind' | 'version'> | null>(
    null,
  );
  const probe = custom ?? defaultProbe(config);
  const problems = useMemo(() => configProblems(config), [config]);
  const lab = useLabTraining({
    config,
    backend,
    probe,
    headsOff,
    locale,
    onSave: (file) => {
      setSavedFile(file);
      void import('@/lib/lab/saveLast').then((m) => m.saveLast(file)).catch(() => undefined);
    },
  });
  const { state } = lab;
  const started = state.phase !== 'idle';

  // Arrival: a model saved on this device for the link's settings. It loads later than the page
  // becomes usable, so it yields to anything the visitor has changed or started meanwhile.
  useEffect(() => {
    const restoreSaved = async () => {
      const read = configFromSearch(window.location.search);
      const store = await import('@/lib/lab/store');
      const file = await store.loadLastModel().catch(() => null);
      if (acted.current || !file) return;
      if (configToSearch(file.config) !== configToSearch(read.config)) return;
      lab.restore(file);
      setSavedFile(file);
      setNotice(t('lab.restored', { step: file.step }));
      void lab.refreshProbe(true);
    };
    void restoreSaved();
    // Only on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const changeConfig = (next: LabConfig) => {
    acted.current = true;
    settings.change(next);
    setCustom(null);
    setHeadsOff([]);
  };

  const refreshProbe = lab.refreshProbe;
  useEffect(() => {
    void refreshProbe();
  }, [headsOff, custom, refreshProbe]);

  const running = state.phase === 'running' || state.phase === 'starting';
  const failureText = (failure: LabFailure | undefined = state.error) =>
    !failure ? '' : 'problem' in failure ? problemText(failure.problem) : failure.text;
  const last = state.history.at(-1);
  return (
    <div className={styles.lab}>
      <h1>{t('lab.title')}</h1>
      <p>{t('lab.intro')}</p>
      {ignored.length > 0 && (
        <p className={styles.alert} role="status">
          {t('lab.badLink', { keys: ignored.join(', ') })}
        </p>
      )}
      <LabPresets
        disabled={running || !arrived}
        onPick={(next) => {
          lab.reset();
          changeConfig(next);
        }}
      />
      <LabSettings
        config={config}
        backend={backend}
        locked={started || !arrived}
        backendLocked={running || !arrived}
        onChange={changeConfig}
        onBackend={setBackend}
      />
      {started && <p>{t('lab.settingsLocked')}</p>}
      {problems.length > 0 && (
        <p className={styles.alert} role="alert">
          {t('lab.settingsProblem', {
            why: problems.map(problemText).join(locale === 'zh' ? '；' : '; '),
          })}
        </p>
      )}
      <h2>{t('lab.controls')}</h2>
      <div className={styles.bar}>
        {running ? (
          <button type="button" onClick={lab.pause}>
            {t('lab.pause')}
          </button>
        ) : (
          <button
            type="button"
            disabled={!arrived || problems.length > 0}
            onClick={() => {
              acted.current = true;
              void lab.run();
            }}
          >
            {started ? t('lab.resume') : t('lab.start')}
          </button>
        )}
        <button
          type="button"
          disabled={!arrived || running || problems.length > 0}
          onClick={() => {
            acted.current = true;
            void lab.step();
          }}
        >
          {t('lab.step')}
        </button>
        <button type="button" disabled={!started || running} onClick={() => void lab.saveNow()}>
          {t('lab.save')}
        </button>
        <button
          type="button"
          disabled={!started}
          onClick={() => {
            lab.reset();
            setHeadsOff([]);
            setNotice(null);
          }}
        >
          {t('lab.reset')}
        </button>
      </div>
      <p className={styles.status} role="status" aria-live="polite" data-testid="lab-status">
        {statusLine(t, state.phase, state.backend || backend, last?.step ?? 0, failureText())}
        {last && (
          <>
            {' '}
            <span data-testid="lab-metrics">
              {t('lab.metrics', {
                step: last.step,
                loss: last.loss.toFixed(4),
                accuracy: `${(last.accuracy * 100).toFixed(1)}%`,
                // Two decimals below 10 steps/s: a large model on a slow backend reads 0.25, not 0.3.
                speed: state.stepsPerSecond
                  ? state.stepsPerSecond.toFixed(state.stepsPerSecond < 10 ? 2 : 1)
                  : '–',
              })}
            </span>
          </>
        )}
      </p>
      {notice && <p role="status">{notice}</p>}
      <ModelFiles
        file={savedFile}
        disabled={running || !arrived}
        onLoad={(file) => {
          lab.restore(file);
          changeConfig(file.config);
          setTimeout(() => void lab.refreshProbe(true));
          setSavedFile(file);
          setNotice(t('lab.imported', { step: file.step }));
        }}
        onNotice={setNotice}
      />
      {(started || state.history.length > 0) && (
        <Suspense fallback={<p>{t('lab.loadingView')}</p>}>
          <LabView
            config={config}
            state={state}
            probe={probe}
            headsOff={headsOff}
            onHeadsOff={setHeadsOff}
            onProbe={setCustom}
          />
        </Suspense>
      )}
    </div>
  );
}

function statusLine(
  t: ReturnType<typeof useLabT>,
  phase: string,
  backend: string,
  step: number,
  error?: string,
): string {
  if (phase === 'starting') return t('lab.status.starting', { backend });
  if (phase === 'running') return t('lab.status.running', { backend });
  if (phase === 'paused') return t('lab.status.paused', { step });
  if (phase === 'error') return t('lab.status.error', { why: error ?? '' });
  return t('lab.status.idle');
}
