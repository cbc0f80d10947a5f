/**
 * What a run shows, as plain data: built in the worker from tensors, posted to the page,
 * drawn by components. Typed arrays cross the worker boundary without conversion.
 */
import type { SliceAxis } from '@/lib/heatmap/types';
import type { CodedMessage } from '@/lib/i18n/codedMessages';

/** A matrix for the heatmap: shape [L, S], [H, L, S] or [N]. -Infinity entries are masked. */
export interface HeatmapDisplay {
  kind: 'heatmap';
  /** The name checks and tests find the chart by (`show.*`'s `id`); the title is for readers. */
  id?: string;
  title?: string;
  data: Float32Array;
  shape: number[];
  rowLabels?: string[];
  colLabels?: string[];
  rowAxisLabel?: string;
  colAxisLabel?: string;
  headLabels?: string[];
  sliceAxis?: SliceAxis;
  /** 1 = masked (blocked), same length as data. */
  mask?: Uint8Array;
}

/** The steps of scaled dot-product attention for one query/key matrix pair, all 2-D. */
export interface StepsDisplay {
  kind: 'steps';
  id?: string;
  title?: string;
  rowLabels?: string[];
  colLabels?: string[];
  scores: { data: Float32Array; shape: number[] };
  scaled: { data: Float32Array; shape: number[] };
  masked: { data: Float32Array; shape: number[] };
  weights: { data: Float32Array; shape: number[] };
  output: { data: Float32Array; shape: number[] };
}

export interface LineDisplay {
  kind: 'line';
  id?: string;
  title?: string;
  xLabel?: string;
  yLabel?: string;
  /** Shared x values; defaults to 0..n-1. */
  x?: number[];
  series: { name: string; values: number[] }[];
}

export interface TableDisplay {
  kind: 'table';
  id?: string;
  title?: string;
  columns: string[];
  rows: (string | number)[][];
}

export type Display = HeatmapDisplay | StepsDisplay | LineDisplay | TableDisplay;

export interface LogLine {
  level: 'log' | 'info' | 'warn' | 'error';
  text: string;
}

/** Where in the learner's code an error happened (1-based). */
export interface CodeLocation {
  line: number;
  column: number;
}

export interface RunError {
  /** 'readback': the code ran, but its values could not be read back from the backend. */
  kind: 'syntax' | 'runtime' | 'readback' | 'timeout' | 'crash';
  /** In English: for logs, tests and errors the page cannot word itself (tfjs', the learner's). */
  message: string;
  /** The message's code and parameters, when we made it: the page words it in its language. */
  coded?: CodedMessage;
  location?: CodeLocation;
}

/**
 * Where a run's time went, in milliseconds, measured in the worker; bench/runner.mjs prints it
 * beside the page's own figures.
 */
export interface RunPhases {
  /** From the worker's creation until its script was ready: only on its first request. */
  workerStartMs?: number;
  /**
   * When the worker's script was ready, as epoch ms (`performance.timeOrigin + now()`): only on
   * its first request. The page's clock can place it, so a bench sees the whole start-up after
   * a press (the sandbox frame, the script's fetch and transfer), not only the worker's part.
   */
  workerReadyAt?: number;
  /** Choosing and starting the backend (the wasm download, WebGPU's set-up on first use). */
  backendMs?: number;
  transpileMs: number;
  /** Running the code. On a GPU backend this queues the work, which finishes in read-back. */
  computeMs: number;
  /** Reading tensors back for the displays and the console. */
  readBackMs: number;
  /** When the worker had the answer ready to send, as epoch ms: the rest is messaging. */
  answeredAt?: number;
}

export interface RunResult {
  displays: Display[];
  logs: LogLine[];
  error?: RunError;
  /** The backend tfjs actually ran on. */
  backend: string;
  /** Why the preferred backend was not used, when it was not (English; `fallbackReasons` coded). */
  fallbackNote?: string;
  fallbackReasons?: CodedMessage[];
  /**
   * Set when the automatic choice ran the code again on `backend` because the run on `failed`
   * could not read its values back (`why`, the backend's own words).
   */
  readFallback?: { failed: string; why: string; whyCoded?: CodedMessage };
  /** Milliseconds spent running the learner's code (not transpiling or messaging). */
  timeMs: number;
  /** True for the first run on this backend in this worker: it includes shader compilation. */
  firstRunOnBackend: boolean;
  /** Tensors the code created and did not dispose; freed after the run. */
  leakedTensors: number;
  /** True when the log was cut short because the code printed too much. */
  logsTruncated: boolean;
  /** Where the time went, when the code ran in the worker. */
  phases?: RunPhases;
}

export const backendChoices = ['auto', 'webgpu', 'webgl', 'wasm', 'cpu'] as const;
export type BackendChoice = (typeof backendChoices)[number];
