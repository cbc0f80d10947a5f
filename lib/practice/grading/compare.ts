import type { Tolerance } from './types';

export interface HostTensor {
  data: ArrayLike<number>;
  shape: number[];
}

export interface Worst {
  index: number[];
  want: number;
  got: number;
}

export type Comparison =
  | { ok: true; maxError: number }
  | { ok: false; reason: 'shape' | 'values' | 'nan'; maxError?: number; worst?: Worst };

/**
 * Compares a learner's result with the reference, element by element:
 * |got - want| <= atol + rtol * |want| (numpy.isclose's rule, asymmetric on purpose: the
 * reference sets the scale). Shapes must match exactly, with no broadcasting, because a result
 * of the wrong shape is a wrong answer even when its values happen to line up.
 * NaN in `got` fails unless `want` is NaN too; infinities must match exactly (a masked logit is
 * -Infinity, and -1e9 is not the same thing); -0 equals 0.
 */
export function compareResults(want: HostTensor, got: HostTensor, tol: Tolerance): Comparison {
  if (!sameShape(want.shape, got.shape)) return { ok: false, reason: 'shape' };
  let maxError = 0;
  let firstNaN = -1;
  let worstAt = -1;
  let worstExcess = 0;
  for (let i = 0; i < want.data.length; i++) {
    const w = want.data[i];
    const g = got.data[i];
    if (Number.isNaN(g)) {
      if (!Number.isNaN(w) && firstNaN < 0) firstNaN = i;
      continue;
    }
    const error = errorOf(w, g);
    maxError = Math.max(maxError, error);
    // An infinite error (mismatched infinity or NaN) fails whatever tolerance |want| would give.
    const excess = error === Infinity ? Infinity : error - (tol.atol + tol.rtol * Math.abs(w));
    if (excess > 0 && (worstAt < 0 || excess > worstExcess)) {
      worstAt = i;
      worstExcess = excess;
    }
  }
  const at = (i: number): Worst => ({
    index: unravel(i, want.shape),
    want: want.data[i],
    got: got.data[i],
  });
  if (firstNaN >= 0) return { ok: false, reason: 'nan', maxError, worst: at(firstNaN) };
  if (worstAt >= 0) return { ok: false, reason: 'values', maxError, worst: at(worstAt) };
  return { ok: true, maxError };
}

/** Absolute error, Infinity when the two disagree about being infinite or NaN. */
function errorOf(want: number, got: number): number {
  if (Number.isNaN(want)) return Infinity;
  if (!Number.isFinite(want) || !Number.isFinite(got)) return want === got ? 0 : Infinity;
  return Math.abs(got - want);
}

export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

/** Flat row-major index to coordinates, so a report can say "weights[0, 2, 1]". */
export function unravel(flat: number, shape: readonly number[]): number[] {
  const index = new Array<number>(shape.length).fill(0);
  for (let axis = shape.length - 1; axis >= 0; axis--) {
    index[axis] = flat % shape[axis];
    flat = Math.floor(flat / shape[axis]);
  }
  return index;
}
