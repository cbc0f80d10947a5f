'use client';

import { useCallback, useRef, type Dispatch, type SetStateAction } from 'react';
import type { LabConfig } from '@/lib/lab/config';
import type { TrainerStart } from '@/lib/lab/trainer';
import { trainKind, type TrainParams, type TrainResult } from '@/lib/lab/trainKind';
import type { RunnerClient } from '@/lib/runtime/client';
import type { BackendChoice } from '@/lib/runtime/displays';
import type { HistoryPoint, LabState } from './labTrainingState';

/**
 * A chunk never gets near this; it only catches a stuck backend. Generous, because the first
 * request on a GPU backend compiles its shaders: on a software GPU (SwiftShader) the largest
 * model's first step takes over 30 s (bench/README.md).
 */
const requestLimitMs = 120_000;

/** Where the next model starts: a save or a loaded file (with its own settings). */
export type ModelStart = TrainerStart & { config?: LabConfig };

/**
 * The model in the runner's worker: asks it requests, builds the model there (from scratch or
 * from a save), reads it back, and moves it when the visitor picks another backend.
 */
export function useWorkerModel({
  latest,
  history,
  setState,
  fail,
}: {
  /** The page's settings and backend as they are now. */
  latest: { readonly current: { config: LabConfig; backend: BackendChoice } };
  history: { readonly current: HistoryPoint[] };
  setState: Dispatch<SetStateAction<LabState>>;
  fail: (r: TrainResult) => Promise<void>;
}) {
  const runner = useRef<RunnerClient | null>(null);
  /** Whether the worker holds the model, built on `builtOn`. */
  const ready = useRef(false);
  /** The backend choice the worker's model was built on (null until one is). */
  const builtOn = useRef<BackendChoice | null>(null);
  const start = useRef<ModelStart | undefined>(undefined);

  const ask = useCallback(
    async (params: TrainParams, backend = latest.current.backend): Promise<TrainResult> => {
      // Loaded on the first request: the runner and its sandbox stay out of the page's first load.
      if (!runner.current) {
        const { RunnerClient } = await import('@/lib/runtime/client');
        runner.current ??= new RunnerClient();
      }
      return runner.current.request(trainKind, '', params, backend, requestLimitMs);
    },
    [latest],
  );

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
  }, [ask, fail, latest, setState]);

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
  }, [ask, history, latest]);

  /**
   * After the visitor picks another backend for a paused model: brings the model back from the
   * old one, and the next request builds it on the new one from there (weights and Adam's state
   * are plain arrays, so the run goes on as if it had not moved).
   */
  const followBackend = useCallback(async () => {
    if (!ready.current || builtOn.current === latest.current.backend) return;
    await fetchModel();
    ready.current = false;
  }, [fetchModel, latest]);

  /** Forgets the worker's model; the next request builds one from `from` (or from scratch). */
  const startOver = useCallback((from?: ModelStart) => {
    ready.current = false;
    builtOn.current = null;
    start.current = from;
  }, []);

  /** Marks the worker's model lost (the worker was replaced): the next build starts from the save. */
  const lost = useCallback(() => {
    ready.current = false;
  }, []);

  /** Whether the worker holds a model now. */
  const isReady = useCallback(() => ready.current, []);
  /** Whether the next build has something to continue (a save or a loaded file). */
  const hasStart = useCallback(() => start.current !== undefined, []);

  return { ask, ensureModel, fetchModel, followBackend, startOver, lost, isReady, hasStart };
}
