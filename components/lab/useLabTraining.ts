'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { LabConfig } from '@/lib/lab/config';
import type { LabModelFile } from '@/lib/lab/modelFile';
import type { ProbeResult, TrainerStart } from '@/lib/lab/trainer';
import { trainKind, type TrainParams, type TrainResult } from '@/lib/lab/trainKind';
import type { RunnerClient } from '@/lib/runtime/client';
import type { BackendChoice } from '@/lib/runtime/displays';

export type Phase = 'idle' | 'starting' | 'running' | 'paused' | 'error';
export interface HistoryPoint {
  step: number;
  loss: number;
  accuracy: number;
}
export interface Snapshot {
  step: number;
  probe: ProbeResult;
}

export interface LabState {
  phase: Phase;
  error?: string;
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
/** A chunk never gets near this; it only catches a stuck backend. */
const requestLimitMs = 30_000;
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

  const ask = useCallback(async (params: TrainParams): Promise<TrainResult> => {
    // Loaded on the first request: the runner and its sandbox stay out of the page's first load.
    if (!runner.current) {
      const { RunnerClient } = await import('@/lib/runtime/client');
      runner.current ??= new RunnerClient();
    }
    return runner.current.request(trainKind, '', params, latest.current.backend, requestLimitMs);
  }, []);

  const fail = useCallback((why: string) => {
    running.current = false;
    setState((s) => ({ ...s, phase: 'error', error: why }));
  }, []);

  const ensureModel = useCallback(async (): Promise<boolean> => {
    if (ready.current) return true;
    setState((s) => ({ ...s, phase: 'starting', error: undefined }));
    const from = start.current;
    const config = from?.config ?? latest.current.config;
    const r = await ask({
      action: 'init',
      config,
      start: from && { weights: from.weights, step: from.step, optimizer: from.optimizer },
    });
    if (!r.ok) {
      fail(r.error ?? '');
      return false;
    }
    ready.current = true;
    setState((s) => ({ ...s, backend: r.backend }));
    return true;
  }, [ask, fail]);

  const save = useCallback(async () => {
    const r = await ask({ action: 'weights' });
    if (!r.ok || !r.weights) return;
    const step = history.current.at(-1)?.step ?? 0;
    const optimizer = r.optimizer;
    start.current = { weights: r.weights, step, optimizer, config: latest.current.config };
    lastSave.current = Date.now();
    latest.current.onSave({
      savedAt: Date.now(),
      config: latest.current.config,
      step,
      weights: r.weights,
      optimizer,
      history: history.current,
    });
  }, [ask]);

  const absorb = useCallback((r: TrainResult) => {
    const m = r.metrics;
    if (m && Number.isFinite(m.loss)) {
      history.current = [...history.current, { step: m.step, loss: m.loss, accuracy: m.accuracy }];
    }
    setState((s) => {
      const probe = r.probe;
      let snapshots = s.snapshots;
      if (probe && m) {
        snapshots = [...snapshots.filter((x) => x.step !== m.step), { step: m.step, probe }];
        // Thin the older half when full, so the timeline spans the whole run.
        if (snapshots.length > maxSnapshots)
          snapshots = snapshots.filter((_, i) => i % 2 === 1 || i >= maxSnapshots / 2);
      }
      return {
        ...s,
        backend: r.backend,
        history: history.current,
        snapshots,
        stepsPerSecond: r.stepsPerSecond ?? s.stepsPerSecond,
      };
    });
  }, []);

  /** One chunk (or exactly one step); returns false when training cannot go on. */
  const trainOnce = useCallback(
    async (budgetMs: number, mine: number): Promise<boolean> => {
      if (!(await ensureModel())) return false;
      const { probe, headsOff } = latest.current;
      let r = await ask({ action: 'train', budgetMs, probe, headsOff });
      if (!r.ok && r.error === 'no-model') {
        // The worker was replaced (a crash or a new backend): continue from the last save.
        ready.current = false;
        if (!(await ensureModel())) return false;
        r = await ask({ action: 'train', budgetMs, probe, headsOff });
      }
      if (mine !== generation.current) return false;
      if (!r.ok) {
        fail(r.error ?? '');
        return false;
      }
      absorb(r);
      return true;
    },
    [ask, absorb, ensureModel, fail],
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
    start.current = undefined;
    history.current = [];
    setState(initial);
  }, []);

  /** Continues from a saved model on the next Start (device copy or imported file). */
  const restore = useCallback((file: LabModelFile) => {
    generation.current++;
    running.current = false;
    ready.current = false;
    start.current = {
      weights: file.weights,
      step: file.step,
      optimizer: file.optimizer,
      config: file.config,
    };
    history.current = file.history;
    setState({ ...initial, history: file.history, restoredStep: file.step, phase: 'paused' });
  }, []);

  /**
   * Re-probes without training (head switches, a typed sequence) when a model exists; with
   * `load`, first builds a restored model in the worker so its maps show before training.
   */
  const refreshProbe = useCallback(
    async (load = false) => {
      if (running.current || (!ready.current && !(load && start.current))) return;
      if (!ready.current) {
        if (!(await ensureModel())) return;
        setState((s) => ({ ...s, phase: 'paused' }));
      }
      const { probe, headsOff } = latest.current;
      const r = await ask({ action: 'probe', probe, headsOff });
      if (!r.ok || !r.probe || !r.metrics) return;
      const shown = { step: r.metrics.step, probe: r.probe };
      setState((s) => ({
        ...s,
        probeAccuracy: r.metrics?.accuracy,
        snapshots: [...s.snapshots.filter((x) => x.step !== shown.step), shown],
      }));
    },
    [ask, ensureModel],
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
