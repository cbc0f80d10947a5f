import type { CellKind, MaskedMatrix, ValueRange } from './types';

/** Min and max of the finite values, skipping masked cells (a masked -Infinity is not a value). */
export function valueRange(values: ArrayLike<number>, mask?: ArrayLike<number>): ValueRange {
  let min = Infinity;
  let max = -Infinity;
  let finiteCount = 0;
  for (let i = 0; i < values.length; i++) {
    if (mask && mask[i]) continue;
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
    finiteCount++;
  }
  return finiteCount === 0 ? { min: NaN, max: NaN, finiteCount } : { min, max, finiteCount };
}

export function cellKind(value: number, masked: boolean): CellKind {
  if (masked) return 'masked';
  if (Number.isNaN(value)) return 'nan';
  if (value === Infinity) return 'posInf';
  if (value === -Infinity) return 'negInf';
  return 'value';
}

/** Counts of masked and non-finite (unmasked) cells, for the description and the legend. */
export function countKinds(m: MaskedMatrix): { masked: number; nonFinite: number } {
  let masked = 0;
  let nonFinite = 0;
  for (let i = 0; i < m.values.length; i++) {
    if (m.mask[i]) masked++;
    else if (!Number.isFinite(m.values[i])) nonFinite++;
  }
  return { masked, nonFinite };
}
