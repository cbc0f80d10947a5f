'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { LabConfig } from '@/lib/lab/config';
import type { Locale } from '@/lib/i18n/messages';
import type { LabModelFile } from '@/lib/lab/modelFile';
import { labProblem, type LabProblem } from '@/lib/lab/problems';
import { snapshotsForFile, snapshotsFromFile, type Snapshot } from '@/lib/lab/snapshots';
import type { TrainerStart } from '@/lib/lab/trainer';
import { trainKind, type TrainParams, type TrainResult } from '@/lib/lab/trainKind';
import type { RunnerClient } from '@/lib/runtime/client';
import type { BackendChoice } from '@/lib/runtime/displays';

export type Phase = 'idle' | 'starting' | 'running' | 'paused' | 'error';
export interface HistoryPoint {
  step: number;
  loss: number;
  accuracy: number;
}
export type { Snapshot };

/** Why training stopped: the lab's own problem (worded by the page), or the runner's, worded. */
export type LabFailure = { problem: LabProblem } | { text: string };

export interface LabState {
  phase: Phase;
  error?: LabFailure;
  backend: string;
  history: HistoryPoint[];
  /** Probes kept while training, for the timeline; the last is the live one. */
  snapshots: Snapshot[];
  stepsPerSecond?: number;
  /** Held-out accuracy with the current heads switched off, from the last re-probe. */
  probeAccuracy?: number;
  /** A model loaded from the device or a file that the next Start continues. */
  restoredStep?: number;
}

/** Each train request runs this long in the worker, then the page redraws. */
const chunkMs = 250;
/**
 * A chunk never gets near this; it only catches a stuck backend. Generous, because the first
 * request on a GPU backend compiles its shaders: on a software GPU (SwiftShader) the largest
 * model's first step takes over 30 s (bench/README.md).
 */
const requestLimitMs = 120_000;
const maxSnapshots = 120;
/** A reload resumes from the last save: often enough to lose little, rarely enough to be cheap. */
const saveEveryMs = 5_000;

const initial: LabState = { phase: 'idle', backend: '', history: [], snapshots: [] };

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
  const [state, setState] = useState<LabState>(initial);
  const runner = useRef<RunnerClient | null>(null);
  const running = useRef(false);
  const ready = useRef(false);
  /** Where the next model starts: a save or a loaded file (with its own settings). */
  const start = useRef<(TrainerStart & { config?: LabConfig }) | undefined>(undefined);
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

  /** The backend choice the worker's model was built on (null until one is). */
  const builtOn = useRef<BackendChoice | null>(null);

  const ask = useCallback(
    async (params: TrainParams, backend = latest.current.backend): Promise<TrainResult> => {
      // Loaded on the first request: the runner and its sandbox stay out of the page's first load.
      if (!runner.current) {
        const { RunnerClient } = await import('@/lib/runtime/client');
        runner.current ??= new RunnerClient();
      }
      return runner.current.request(trainKind, '', params, backend, requestLimitMs);
    },
    [],
  );

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

  const ensureModel = useCallback(async (): Promise<boolean> => {
    if (ready.current) return true;
    setState((s) => ({ ...s, phase: 'starting', error: undefined }));
    const from = start.current;
    const config = from?.config ?? latest.current.config;
    const backend = latest.current.backend;
    const r = await ask({
      action: 'init',
      config,
      start: from && { weights: from.weights, step: from.step, optimizer: from.optimizer },
    });
    if (!r.ok) {
      await fail(r);
      return false;
    }
    ready.current = true;
    builtOn.current = backend;
    setState((s) => ({ ...s, backend: r.backend }));
    return true;
  }, [ask, fail]);

  /**
   * Reads the model (weights, step and Adam's state) back from the worker into `start`, from the
   * backend it was built on, so a new model can continue it exactly.
   */
  const fetchModel = useCallback(async () => {
    const r = await ask({ action: 'weights' }, builtOn.current ?? latest.current.backend);
    if (!r.ok || !r.weights) return null;
    const step = r.metrics?.step ?? history.current.at(-1)?.step ?? 0;
    const config = start.current?.config ?? latest.current.config;
    start.current = { weights: r.weights, step, optimizer: r.optimizer, config };
    return { ...start.current, config };
  }, [ask]);

  /**
   * After the visitor picks another backend for a paused model: brings the model back from the
   * old one, and the next request builds it on the new one from there (weights and Adam's state
   * are plain arrays, so the run goes on as if it had not moved).
   */
  const followBackend = useCallback(async () => {
    if (!ready.current || builtOn.current === latest.current.backend) return;
    await fetchModel();
    ready.current = false;
  }, [fetchModel]);

  const save = useCallback(async () => {
    const model = await fetchModel();
    if (!model) return;
    const { weights, step, optimizer, config } = model;
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
        ready.current = false;
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
    [ask, absorb, ensureModel, fail, followBackend],
  );

  const run = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    const mine = generation.current;
    lastSave.current = Date.now();
    setState((s) => ({ ...s, phase: ready.current ? 'running' : 'starting', error: undefined }));
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
  }, [save, trainOnce]);

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
    ready.current = false;
    builtOn.current = null;
    start.current = undefined;
    history.current = [];
    snapshots.current = [];
    setState(initial);
  }, []);

  /** Continues from a saved model on the next Start (device copy or imported file). */
  const restore = useCallback((file: LabModelFile) => {
    generation.current++;
    running.current = false;
    ready.current = false;
    builtOn.current = null;
    start.current = {
      weights: file.weights,
      step: file.step,
      optimizer: file.optimizer,
      config: file.config,
    };
    history.current = file.history;
    snapshots.current = snapshotsFromFile(file.snapshots);
    setState({
      ...initial,
      history: file.history,
      snapshots: snapshots.current,
      restoredStep: file.step,
      phase: 'paused',
    });
  }, []);

  /**
   * Re-probes without training (head switches, a typed sequence) when a model exists; with
   * `load`, first builds a restored model in the worker so its maps show before training.
   */
  const refreshProbe = useCallback(
    async (load = false) => {
      if (running.current || (!ready.current && !(load && start.current))) return;
      await followBackend();
      if (!ready.current) {
        if (!(await ensureModel())) return;
        setState((s) => ({ ...s, phase: 'paused' }));
      }
      const { probe, headsOff } = latest.current;
      const r = await ask({ action: 'probe', probe, headsOff });
      if (!r.ok || !r.probe || !r.metrics) return;
      const kept = keepSnapshot({ step: r.metrics.step, probe: r.probe });
      setState((s) => ({ ...s, probeAccuracy: r.metrics?.accuracy, snapshots: kept }));
    },
    [ask, ensureModel, followBackend, keepSnapshot],
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
    if (!running.current && ready.current) await save();
  }, [save]);

  return { state, run, pause, step, reset, restore, refreshProbe, saveNow };
}
