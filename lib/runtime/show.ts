import type * as tfc from '@tensorflow/tfjs-core';
import type { DeferredReads } from './deferredReads';
import { sliceAxes, type SliceAxis } from '../heatmap/types';
import type { Display, HeatmapDisplay } from './displays';

type TF = typeof tfc;
type Matrix = tfc.Tensor | number[] | number[][] | number[][][];

export interface HeatmapOptions {
  rows?: string[];
  cols?: string[];
  title?: string;
  rowAxis?: string;
  colAxis?: string;
  heads?: string[];
  /** What the first axis of [H, L, S] values is: 'head' (the default), 'frame', 'passage', ... */
  sliceAxis?: SliceAxis;
  mask?: tfc.Tensor | boolean[][] | number[][];
}

export interface StepsInput {
  scores: tfc.Tensor;
  scaled: tfc.Tensor;
  masked: tfc.Tensor;
  weights: tfc.Tensor;
  output: tfc.Tensor;
}

/** Largest matrix the heatmap draws; bigger results get a clear error instead of a frozen tab. */
export const maxHeatmapCells = 1024 * 1024 * 4;
/** Displays kept per run, so a loop calling show does not flood the page. */
export const maxDisplays = 24;
/** Most points in one line chart's series, and most rows in a table: the page draws them all. */
export const maxLinePoints = 100_000;
export const maxTableRows = 2000;

export class ShowError extends Error {}

/** Refuses a display too big for the page to draw, naming its shape and the limit. */
function tooMany(what: string, shape: readonly number[], limit: number, unit: string) {
  const size = shape.reduce((a, b) => a * b, 1);
  // Written so that a NaN size (a malformed argument) passes, to fail later with its own message.
  if (!(size > limit)) return;
  const n = (x: number) => x.toLocaleString('en-US');
  throw new ShowError(
    `${what}: shape [${shape.join(', ')}] has ${n(size)} ${unit}, too many to draw (the limit is ${n(limit)}). Show a part of it instead.`,
  );
}

/**
 * The `show` object learner code calls to draw results. It checks shapes at once, keeps a copy
 * of each tensor, and fills in the values after the run (see DeferredReads), so the code may
 * dispose its tensors right after calling it.
 */
export function createShow(tf: TF, displays: Display[], reads: DeferredReads) {
  const push = (display: Display) => {
    if (displays.length >= maxDisplays) {
      throw new ShowError(`show: at most ${maxDisplays} displays per run`);
    }
    displays.push(display);
  };

  /** Checks the shape now; the values arrive in `fill` after the run. */
  const toMatrix = (values: Matrix, what: string, fill: (data: Float32Array) => void) => {
    const tensor = values instanceof tf.Tensor ? values : tf.tensor(values as number[]);
    try {
      const shape = tensor.shape.slice();
      if (shape.length === 4 && shape[0] === 1) shape.shift();
      if (shape.length < 1 || shape.length > 3) {
        throw new ShowError(
          `${what}: expected a vector [N], a matrix [L, S] or heads [H, L, S], got shape [${tensor.shape.join(', ')}]`,
        );
      }
      tooMany(what, tensor.shape, maxHeatmapCells, 'cells');
      reads.values(tensor, fill);
      return shape;
    } finally {
      if (tensor !== values) tensor.dispose();
    }
  };

  const checkLabels = (shape: number[], opts: HeatmapOptions) => {
    const [rows, cols] = shape.length === 1 ? [1, shape[0]] : shape.slice(-2);
    const check = (labels: string[] | undefined, n: number, what: string) => {
      if (labels && labels.length !== n) {
        throw new ShowError(
          `show.heatmap: ${labels.length} ${what} labels for ${n} ${what}s (values of shape [${shape.join(', ')}])`,
        );
      }
    };
    check(opts.rows, rows, 'row');
    check(opts.cols, cols, 'column');
    if (shape.length === 3) check(opts.heads, shape[0], 'head');
    if (opts.sliceAxis !== undefined && !sliceAxes.includes(opts.sliceAxis)) {
      throw new ShowError(
        `show.heatmap: sliceAxis is ${JSON.stringify(opts.sliceAxis)}, expected one of ${sliceAxes.join(', ')}`,
      );
    }
  };

  const heatmap = (values: Matrix, opts: HeatmapOptions = {}) => {
    const display: HeatmapDisplay = {
      kind: 'heatmap',
      data: new Float32Array(0),
      shape: [],
      title: opts.title,
      rowLabels: opts.rows?.map(String),
      colLabels: opts.cols?.map(String),
      rowAxisLabel: opts.rowAxis,
      colAxisLabel: opts.colAxis,
      headLabels: opts.heads?.map(String),
      sliceAxis: opts.sliceAxis,
    };
    display.shape = toMatrix(values, 'show.heatmap', (data) => (display.data = data));
    // A leading batch of one ([1, L, S]) is one matrix, unless heads were named.
    if (display.shape.length === 3 && display.shape[0] === 1 && !opts.heads) display.shape.shift();
    checkLabels(display.shape, opts);
    if (opts.mask !== undefined) maskFor(opts.mask, display.shape, (m) => (display.mask = m));
    push(display);
  };

  const maskFor = (
    mask: NonNullable<HeatmapOptions['mask']>,
    shape: number[],
    fill: (mask: Uint8Array) => void,
  ) => {
    const flags = mask instanceof tf.Tensor ? mask : tf.tensor(mask as number[][]);
    try {
      if (flags.rank > shape.length) {
        throw new ShowError(
          `show.heatmap: mask has shape [${flags.shape.join(', ')}], which cannot cover values of shape [${shape.join(', ')}]`,
        );
      }
      // A mask may broadcast (e.g. [1, S] over [L, S]), as in the attention functions.
      const full = tf.tidy(() => tf.broadcastTo(tf.cast(flags, 'bool'), shape));
      reads.values(full, (values) => fill(Uint8Array.from(values)));
      full.dispose();
    } catch (error) {
      if (error instanceof ShowError) throw error;
      throw new ShowError(
        `show.heatmap: mask of shape [${flags.shape.join(', ')}] does not broadcast to [${shape.join(', ')}]`,
      );
    } finally {
      if (flags !== mask) flags.dispose();
    }
  };

  const steps = (
    input: StepsInput,
    opts: { rows?: string[]; cols?: string[]; title?: string } = {},
  ) => {
    const last2 = (t: tfc.Tensor, name: string) => {
      if (!(t instanceof tf.Tensor)) throw new ShowError(`show.steps: ${name} is not a tensor`);
      const rows = t.shape[t.rank - 2] ?? 1;
      const cols = t.shape[t.rank - 1];
      tooMany(`show.steps: ${name}`, [rows, cols], maxHeatmapCells, 'cells');
      // Show the first matrix of any batch: the step view is about one query/key pair.
      const first = tf.tidy(() =>
        tf.slice(tf.reshape(t, [-1, rows, cols]), [0, 0, 0], [1, rows, cols]),
      );
      const step: { data: Float32Array; shape: number[] } = {
        data: new Float32Array(0),
        shape: [rows, cols],
      };
      reads.values(first, (data) => (step.data = data));
      first.dispose();
      return step;
    };
    push({
      kind: 'steps',
      title: opts.title,
      rowLabels: opts.rows,
      colLabels: opts.cols,
      scores: last2(input.scores, 'scores'),
      scaled: last2(input.scaled, 'scaled'),
      masked: last2(input.masked, 'masked'),
      weights: last2(input.weights, 'weights'),
      output: last2(input.output, 'output'),
    });
  };

  const toNumbers = (v: number[] | tfc.Tensor, name: string) => {
    tooMany(
      `show.line: series ${name}`,
      [v instanceof tf.Tensor ? v.size : v.length],
      maxLinePoints,
      'points',
    );
    if (!(v instanceof tf.Tensor)) return v.map(Number);
    const out: number[] = [];
    // A loop, not push(...data): spreading a long array overflows the call stack.
    reads.values(v, (data) => data.forEach((x) => out.push(x)));
    return out;
  };

  const line = (
    series: Record<string, number[] | tfc.Tensor> | number[] | tfc.Tensor,
    opts: { title?: string; x?: number[]; xLabel?: string; yLabel?: string } = {},
  ) => {
    const named = Array.isArray(series) || series instanceof tf.Tensor ? { value: series } : series;
    push({
      kind: 'line',
      title: opts.title,
      x: opts.x,
      xLabel: opts.xLabel,
      yLabel: opts.yLabel,
      series: Object.entries(named).map(([name, values]) => ({
        name,
        values: toNumbers(values, name),
      })),
    });
  };

  const table = (
    rows: (string | number)[][] | Record<string, string | number>[],
    opts: { title?: string; columns?: string[] } = {},
  ) => {
    tooMany('show.table', [rows.length], maxTableRows, 'rows');
    if (rows.length > 0 && !Array.isArray(rows[0])) {
      const records = rows as Record<string, string | number>[];
      const columns = opts.columns ?? Object.keys(records[0]);
      push({
        kind: 'table',
        title: opts.title,
        columns,
        rows: records.map((r) => columns.map((c) => r[c])),
      });
      return;
    }
    const cells = rows as (string | number)[][];
    const width = cells[0]?.length ?? 0;
    push({
      kind: 'table',
      title: opts.title,
      columns: opts.columns ?? Array.from({ length: width }, (_, i) => String(i)),
      rows: cells,
    });
  };

  return { heatmap, steps, line, table };
}

export type Show = ReturnType<typeof createShow>;
