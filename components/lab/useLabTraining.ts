'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { LabConfig } from '@/lib/lab/config';
import type { Locale } from '@/lib/i18n/messages';
import type { LabModelFile } from '@/lib/lab/modelFile';
import { labProblem } from '@/lib/lab/problems';
import { snapshotsForFile, snapshotsFromFile, type Snapshot } from '@/lib/lab/snapshots';
import type { TrainResult } from '@/lib/lab/trainKind';
import type { BackendChoice } from '@/lib/runtime/displays';
import {
  initialLabState,
  type HistoryPoint,
  type LabFailure,
  type LabState,
} from './labTrainingState';
import { useWorkerModel } from './useWorkerModel';

export type { HistoryPoint, LabFailure, LabState, Phase, Snapshot } from './labTrainingState';

/** Each train request runs this long in the worker, then the page redraws. */
const chunkMs = 250;
const maxSnapshots = 120;
/** A reload resumes from the last save: often enough to lose little, rarely enough to be cheap. */
const saveEveryMs = 5_000;

/**
 * Drives the trainer in the runner's worker: one short request at a time, so pausing is not
 * asking again and the page never waits on training. Keeps the history, snapshots for the
 * timeline, and the weights of the latest save.
 */
export function useLabTraining(opts: {
  config: LabConfig;
  backend: BackendChoice;
  probe: number[];
  headsOff: number[][];
  /** The page's language, for the runner's own failures (a time limit, a crash). */
  locale: Locale;
  onSave: (file: Omit<LabModelFile, 'app' | 'kind' | 'version'>) => void;
}) {
  const [state, setState] = useState<LabState>(initialLabState);
  const running = useRef(false);
  const latest = useRef(opts);
  useEffect(() => {
    latest.current = opts;
  });
  const history = useRef<HistoryPoint[]>([]);
  /** Bumped by reset and restore, so a request in flight from before never writes state. */
  const generation = useRef(0);
  const lastSave = useRef(0);
  /** Set when the page is hidden (maybe closing): the loop saves after the chunk in flight. */
  const saveSoon = useRef(false);
  /** The timeline's snapshots (mirrored in state), which a save keeps with the model. */
  const snapshots = useRef<Snapshot[]>([]);

  /** Keeps a probe for the timeline (one per step), thinning the older half when full. */
  const keepSnapshot = useCallback((shown: Snapshot) => {
    let next = [...snapshots.current.filter((x) => x.step !== shown.step), shown];
    // Thinning the older half keeps the timeline spanning the whole run.
    if (next.length > maxSnapshots)
      next = next.filter((_, i) => i % 2 === 1 || i >= maxSnapshots / 2);
    snapshots.current = next;
    return next;
  }, []);

  const fail = useCallback(async (r: TrainResult) => {
    running.current = false;
    let error: LabFailure;
    if (r.problem) error = { problem: r.problem };
    else if (r.coded) {
      // The runner's texts load only when one is needed: they stay out of the page's first load.
      const { renderCoded } = await import('@/lib/i18n/codedMessages');
      error = { text: renderCoded(r.coded, latest.current.locale) };
    } else error = { problem: labProblem('lab.problem.failed', { detail: r.error ?? '' }) };
    setState((s) => ({ ...s, phase: 'error', error }));
  }, []);

  const model = useWorkerModel({ latest, history, setState, fail });
  const { ask, ensureModel, fetchModel, followBackend, startOver, lost, isReady, hasStart } = model;

  const save = useCallback(async () => {
    const saved = await fetchModel();
    if (!saved) return;
    const { weights, step, optimizer, config } = saved;
    lastSave.current = Date.now();
    latest.current.onSave({
      savedAt: Date.now(),
      config,
      step,
      weights,
      optimizer,
      history: history.current,
      snapshots: snapshotsForFile(snapshots.current),
    });
  }, [fetchModel]);

  const absorb = useCallback(
    (r: TrainResult) => {
      const m = r.metrics;
      if (m && Number.isFinite(m.loss)) {
        history.current = [
          ...history.current,
          { step: m.step, loss: m.loss, accuracy: m.accuracy },
        ];
      }
      const kept = r.probe && m ? keepSnapshot({ step: m.step, probe: r.probe }) : null;
      setState((s) => ({
        ...s,
        backend: r.backend,
        history: history.current,
        snapshots: kept ?? s.snapshots,
        stepsPerSecond: r.stepsPerSecond ?? s.stepsPerSecond,
      }));
    },
    [keepSnapshot],
  );

  /** One chunk (or exactly one step); returns false when training cannot go on. */
  const trainOnce = useCallback(
    async (budgetMs: number, mine: number): Promise<boolean> => {
      await followBackend();
      if (!(await ensureModel())) return false;
      const { probe, headsOff } = latest.current;
      let r = await ask({ action: 'train', budgetMs, probe, headsOff });
      if (!r.ok && r.problem?.code === 'lab.problem.noModel') {
        // The worker was replaced (a crash or a new backend): continue from the last save.
        lost();
        if (!(await ensureModel())) return false;
        r = await ask({ action: 'train', budgetMs, probe, headsOff });
      }
      if (mine !== generation.current) return false;
      if (!r.ok) {
        await fail(r);
        return false;
      }
      absorb(r);
      return true;
    },
    [ask, absorb, ensureModel, fail, followBackend, lost],
  );

  const run = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    const mine = generation.current;
    lastSave.current = Date.now();
    setState((s) => ({ ...s, phase: isReady() ? 'running' : 'starting', error: undefined }));
    while (running.current && mine === generation.current) {
      if (!(await trainOnce(chunkMs, mine))) return;
      setState((s) => (running.current ? { ...s, phase: 'running' } : s));
      if (saveSoon.current || Date.now() - lastSave.current > saveEveryMs) {
        saveSoon.current = false;
        await save();
      }
    }
    if (mine !== generation.current) return;
    await save();
    setState((s) => ({ ...s, phase: 'paused' }));
  }, [isReady, save, trainOnce]);

  const pause = useCallback(() => {
    running.current = false;
  }, []);

  const step = useCallback(async () => {
    if (running.current) return;
    if (await trainOnce(0, generation.current)) setState((s) => ({ ...s, phase: 'paused' }));
  }, [trainOnce]);

  const reset = useCallback(() => {
    generation.current++;
    running.current = false;
    startOver();
    history.current = [];
    snapshots.current = [];
    setState(initialLabState);
  }, [startOver]);

  /** Continues from a saved model on the next Start (device copy or imported file). */
  const restore = useCallback(
    (file: LabModelFile) => {
      generation.current++;
      running.current = false;
      startOver({
        weights: file.weights,
        step: file.step,
        optimizer: file.optimizer,
        config: file.config,
      });
      history.current = file.history;
      snapshots.current = snapshotsFromFile(file.snapshots);
      setState({
        ...initialLabState,
        history: file.history,
        snapshots: snapshots.current,
        restoredStep: file.step,
        phase: 'paused',
      });
    },
    [startOver],
  );

  /**
   * Re-probes without training (head switches, a typed sequence) when a model exists; with
   * `load`, first builds a restored model in the worker so its maps show before training.
   */
  const refreshProbe = useCallback(
    async (load = false) => {
      if (running.current || (!isReady() && !(load && hasStart()))) return;
      await followBackend();
      if (!isReady()) {
        if (!(await ensureModel())) return;
        setState((s) => ({ ...s, phase: 'paused' }));
      }
      const { probe, headsOff } = latest.current;
      const r = await ask({ action: 'probe', probe, headsOff });
      if (!r.ok || !r.probe || !r.metrics) return;
      const kept = keepSnapshot({ step: r.metrics.step, probe: r.probe });
      setState((s) => ({ ...s, probeAccuracy: r.metrics?.accuracy, snapshots: kept }));
    },
    [ask, ensureModel, followBackend, hasStart, isReady, keepSnapshot],
  );

  useEffect(() => {
    const hidden = () => {
      if (document.visibilityState === 'hidden') saveSoon.current = true;
    };
    document.addEventListener('visibilitychange', hidden);
    return () => {
      document.removeEventListener('visibilitychange', hidden);
      running.current = false;
    };
  }, []);

  /** Saves now (training also saves on pause and every few seconds). */
  const saveNow = useCallback(async () => {
    if (!running.current && isReady()) await save();
  }, [isReady, save]);

  return { state, run, pause, step, reset, restore, refreshProbe, saveNow };
}
