import type { CellKind } from './types';

/**
 * Short, stable number text for tooltips, tables and the live region: three decimals for
 * ordinary magnitudes (weights read as 0.123), exponent form for tiny or huge ones so a 1e-7
 * does not print as 0.
 */
export function formatNumber(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '∞';
  if (v === -Infinity) return '-∞';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e5 || a < 1e-3) return v.toExponential(2);
  return String(Number(v.toFixed(3)));
}

/**
 * Legend and axis tick text: a value tiny next to the span it sits in (the midpoint of a nearly
 * symmetric range, say 7e-5 on a -1.5..1.5 scale) is rounding noise to a reader, so it reads 0.
 */
export function formatTick(v: number, span: number): string {
  if (span > 0 && Math.abs(v) < span * 1e-3) return '0';
  return formatNumber(v);
}

/** Words for special cells, supplied by the caller so they are translated. */
export interface KindWords {
  masked: string;
  nan: string;
  posInf: string;
  negInf: string;
}

export function formatCell(value: number, kind: CellKind, words: KindWords): string {
  return kind === 'value' ? formatNumber(value) : words[kind];
}
