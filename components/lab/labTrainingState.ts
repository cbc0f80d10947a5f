import type { LabProblem } from '@/lib/lab/problems';
import type { Snapshot } from '@/lib/lab/snapshots';

export type Phase = 'idle' | 'starting' | 'running' | 'paused' | 'error';
export interface HistoryPoint {
  step: number;
  loss: number;
  accuracy: number;
}
export type { Snapshot };

/** Why training stopped: the lab's own problem (worded by the page), or the runner's, worded. */
export type LabFailure = { problem: LabProblem } | { text: string };

/** What the lab's page shows of a training run. */
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

export const initialLabState: LabState = {
  phase: 'idle',
  backend: '',
  history: [],
  snapshots: [],
};
