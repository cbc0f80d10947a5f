import type { CodedMessage } from '@/lib/i18n/codedMessages';
import type { RequestKind } from '@/lib/runtime/protocol';
import type { LabConfig } from './config';
import type { LabProblem } from './problems';
import type {
  OptimizerState,
  ProbeResult,
  StepMetrics,
  TrainerStart,
  WeightValues,
} from './trainer';

/** What the page asks of the lab's trainer, which lives in the runner's worker between requests. */
export type TrainParams =
  | { action: 'init'; config: LabConfig; start?: TrainerStart }
  /** Trains for about `budgetMs` (at least one step), then probes `probe`. */
  | { action: 'train'; budgetMs: number; probe: number[]; headsOff: number[][] }
  | { action: 'probe'; probe: number[]; headsOff: number[][] }
  | { action: 'weights' };

export interface TrainResult {
  ok: boolean;
  /** Why the request failed, in English (consoles, tests); the page words `problem` or `coded`. */
  error?: string;
  /** A problem of the lab's (settings, the saved model, training), as a code. */
  problem?: LabProblem;
  /** A failure of the runner itself (time limit, crash, no backend), as the runner's code. */
  coded?: CodedMessage;
  backend: string;
  metrics?: StepMetrics;
  probe?: ProbeResult;
  weights?: WeightValues;
  /** Adam's state with `weights` (absent before the first step). */
  optimizer?: OptimizerState;
  /** Steps per second of this request's training, measured around the steps only. */
  stepsPerSecond?: number;
}

/** Training the lab's model in the runner's worker. Page and worker both import this file. */
export const trainKind: RequestKind<TrainParams, TrainResult> = {
  name: 'train',
  fromFailedRun: (run) => ({
    ok: false,
    error: run.error?.message ?? 'The trainer stopped.',
    coded: run.error?.coded ?? { code: 'code.run.crash' },
    backend: run.backend,
  }),
};
