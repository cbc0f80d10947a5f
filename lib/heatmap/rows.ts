import type { MaskedMatrix } from './types';

export const ROW_SUM_TOLERANCE = 1e-3;

/**
 * True when every row's unmasked entries sum to 1 within `tol` (a softmax output). Masked cells
 * count as 0; any non-finite unmasked entry or an empty matrix makes the claim false, since we
 * only print "each row sums to 1" when it is checked to be so.
 */
export function rowsSumToOne(m: MaskedMatrix, tol: number = ROW_SUM_TOLERANCE): boolean {
  if (m.rows === 0 || m.cols === 0) return false;
  for (let r = 0; r < m.rows; r++) {
    let sum = 0;
    for (let c = 0; c < m.cols; c++) {
      const i = r * m.cols + c;
      if (m.mask[i]) continue;
      const v = m.values[i];
      if (!Number.isFinite(v)) return false;
      sum += v;
    }
    if (!(Math.abs(sum - 1) <= tol)) return false;
  }
  return true;
}
