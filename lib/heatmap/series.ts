import { formatNumber } from './format';
import { valueRange } from './range';
import type { ValueRange } from './types';

export interface Series {
  name: string;
  values: ArrayLike<number>;
}

/** Finite range over every series together, so they share one y axis. */
export function seriesRange(series: readonly Series[]): ValueRange {
  let min = Infinity;
  let max = -Infinity;
  let finiteCount = 0;
  for (const s of series) {
    const r = valueRange(s.values);
    if (r.finiteCount === 0) continue;
    min = Math.min(min, r.min);
    max = Math.max(max, r.max);
    finiteCount += r.finiteCount;
  }
  return finiteCount === 0 ? { min: NaN, max: NaN, finiteCount } : { min, max, finiteCount };
}

export function seriesLength(series: readonly Series[]): number {
  return series.reduce((n, s) => Math.max(n, s.values.length), 0);
}

/** x positions: the given ones when they cover every point, else 0..n-1. */
export function xValues(n: number, given?: ArrayLike<number>): number[] {
  if (given && given.length >= n) return Array.from({ length: n }, (_, i) => given[i]);
  return Array.from({ length: n }, (_, i) => i);
}

/** "a 0.1; b 0.2": every series' value at one index (missing points read as NaN). */
export function valuesAt(series: readonly Series[], index: number): string {
  return series
    .map((s) => `${s.name} ${formatNumber(index < s.values.length ? s.values[index] : NaN)}`)
    .join('; ');
}

/** y domain for lines: the data range, widened by one either side when flat. */
export function lineDomain(range: ValueRange): [number, number] {
  if (range.finiteCount === 0) return [0, 1];
  return range.min === range.max ? [range.min - 1, range.max + 1] : [range.min, range.max];
}

// Okabe-Ito: distinguishable with the common colour-vision deficiencies. Dashes vary too, so
// colour is never the only way to tell the series apart.
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'];
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '1 2', '10 4'];

export function seriesStyle(i: number): { stroke: string; dash: string } {
  return { stroke: COLOURS[i % COLOURS.length], dash: DASHES[i % DASHES.length] };
}
