/**
 * The one rule for "close enough", used by the fixture tests, the backend check, the drill
 * grader and the drill UI's hint. No tfjs import: the page uses it too.
 */

export interface Tolerance {
  atol: number;
  rtol: number;
}

/**
 * float32 on a GPU backend drifts by about 1e-6 relative per op; this leaves room for chains.
 * Fixtures and drills use it unless they name their own.
 */
export const defaultTolerance: Tolerance = { atol: 1e-4, rtol: 1e-3 };

/**
 * |got - want|, except that NaN matches only NaN and an infinity only the same infinity (a
 * masked logit is -Infinity, and -1e9 is not the same thing); any other pairing with a NaN or
 * an infinity is an infinite error, which no tolerance covers. -0 equals 0.
 */
export function elementError(want: number, got: number): number {
  if (Number.isNaN(want) || Number.isNaN(got)) {
    return Number.isNaN(want) && Number.isNaN(got) ? 0 : Infinity;
  }
  if (!Number.isFinite(want) || !Number.isFinite(got)) return want === got ? 0 : Infinity;
  return Math.abs(got - want);
}

/**
 * How far the error goes past what the tolerance allows (> 0: too far):
 * |got - want| <= atol + rtol·|want|, numpy.isclose's rule, asymmetric on purpose (the
 * reference sets the scale).
 */
export function excessError(want: number, got: number, tol: Tolerance): number {
  const error = elementError(want, got);
  if (error === 0) return 0;
  if (error === Infinity) return Infinity;
  return error - allowance(want, tol);
}

/** The largest |got - want| the tolerance accepts at an element whose reference value is `want`. */
export function allowance(want: number, tol: Tolerance): number {
  return tol.atol + tol.rtol * Math.abs(want);
}

export function isClose(want: number, got: number, tol: Tolerance): boolean {
  return excessError(want, got, tol) <= 0;
}
