import { resolveMask, selectMatrix } from './heads';
import { defaultLabels } from './labels';
import { countKinds, valueRange } from './range';
import { rowsSumToOne } from './rows';
import type { HeadChoice, HeatmapSpec, MaskedMatrix, ValueRange } from './types';

/** Everything the drawing needs for one head (or the average), computed once per change. */
export interface HeatmapView extends MaskedMatrix {
  rowLabels: string[];
  colLabels: string[];
  range: ValueRange;
  sumsToOne: boolean;
  maskedCount: number;
  nonFiniteCount: number;
  /** 0 for 1-D and 2-D input. */
  headCount: number;
  /** The head actually shown, after clamping a stale choice. */
  head: HeadChoice;
}

/** Validates the shape against the data; the message names the function, argument and sizes. */
export function checkShape(spec: Pick<HeatmapSpec, 'data' | 'shape'>): void {
  const { shape, data } = spec;
  if (shape.length < 1 || shape.length > 3) {
    throw new Error(
      `prepareView: spec.shape [${shape.join(', ')}] must have 1, 2 or 3 dimensions ([N], [L, S] or [H, L, S])`,
    );
  }
  if (shape.some((d) => !Number.isInteger(d) || d < 0)) {
    throw new Error(`prepareView: spec.shape [${shape.join(', ')}] must hold whole numbers >= 0`);
  }
  const size = shape.reduce((a, b) => a * b, 1);
  if (size !== data.length) {
    throw new Error(
      `prepareView: spec.shape [${shape.join(', ')}] needs ${size} values but spec.data has ${data.length}`,
    );
  }
}

export function prepareView(spec: HeatmapSpec, head: HeadChoice = 0): HeatmapView {
  checkShape(spec);
  const mask = resolveMask(spec.data, spec.mask);
  const headCount = spec.shape.length === 3 ? spec.shape[0] : 0;
  const shown: HeadChoice =
    headCount === 0 ? 0 : head === 'average' ? head : Math.min(Math.max(0, head), headCount - 1);
  if (headCount === 0 && spec.shape.length === 3) {
    throw new Error('prepareView: spec.shape has 0 heads');
  }
  const m = selectMatrix(spec.data, mask, spec.shape, shown);
  const counts = countKinds(m);
  const own = valueRange(m.values, m.mask);
  const range =
    spec.scale && own.finiteCount > 0 ? { ...spec.scale, finiteCount: own.finiteCount } : own;
  return {
    ...m,
    rowLabels: defaultLabels(m.rows, spec.rowLabels),
    colLabels: defaultLabels(m.cols, spec.colLabels),
    range,
    sumsToOne: rowsSumToOne(m),
    maskedCount: counts.masked,
    nonFiniteCount: counts.nonFinite,
    headCount,
    head: shown,
  };
}

/** Names for the head selector: given labels when they fit, else "Head 1".."Head H". */
export function headNames(
  count: number,
  given: readonly string[] | undefined,
  name: (n: number) => string,
): string[] {
  if (given && given.length === count) return [...given];
  return Array.from({ length: count }, (_, i) => name(i + 1));
}
