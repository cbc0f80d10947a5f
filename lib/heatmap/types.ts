/**
 * Data that crosses from the worker: plain typed arrays plus a shape, so nothing here depends on
 * tfjs. Shapes: [N] (a vector, drawn as one row), [L, S] (one map), [H, L, S] (one map per head).
 */
export interface MatrixData {
  data: Float32Array | number[];
  shape: number[];
}

export interface HeatmapSpec extends MatrixData {
  title?: string;
  rowLabels?: string[];
  colLabels?: string[];
  /** Same size as data, 1 = masked. Without it, -Infinity entries count as masked. */
  mask?: Uint8Array | boolean[];
  rowAxisLabel?: string;
  colAxisLabel?: string;
  headLabels?: string[];
  /** What the first axis of a [H, L, S] map stands for; names the selector. Heads by default. */
  sliceAxis?: SliceAxis;
  /**
   * The colour scale's ends, when several maps must share one scale (a drill's expected and
   * actual results): equal colours then mean equal values. Without it, the map's own range.
   */
  scale?: { min: number; max: number };
}

/** What the maps of a stack can be, beyond attention heads (the selector's label). */
export const sliceAxes = ['head', 'frame', 'passage', 'user', 'patch', 'depth'] as const;
export type SliceAxis = (typeof sliceAxes)[number];

/** A dense row-major 2-D matrix. */
export interface Matrix2D {
  values: ArrayLike<number>;
  rows: number;
  cols: number;
}

/** A 2-D matrix with its mask resolved (1 = masked), ready to draw. */
export interface MaskedMatrix extends Matrix2D {
  mask: Uint8Array;
}

/** Which slice of an [H, L, S] input to show. */
export type HeadChoice = number | 'average';

/** Range of the finite, unmasked values; min/max are NaN when there are none. */
export interface ValueRange {
  min: number;
  max: number;
  finiteCount: number;
}

/** What a cell holds, as far as drawing and describing are concerned. */
export type CellKind = 'value' | 'masked' | 'nan' | 'posInf' | 'negInf';

export interface CellPosition {
  row: number;
  col: number;
}

export type PaletteName = 'viridis' | 'cividis';
