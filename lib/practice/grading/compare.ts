import { allowance, elementError, excessError, type Tolerance } from '@/lib/tolerance';

export interface HostTensor {
  data: ArrayLike<number>;
  shape: number[];
}

/**
 * The element a failure is reported at, with its own gap (|got - want|, lib/tolerance.ts's
 * elementError) and its own allowance (atol + rtol·|want|): all four numbers describe the same
 * element, so a report never pairs one element's position with another's error.
 */
export interface Worst {
  index: number[];
  want: number;
  got: number;
  gap: number;
  allowance: number;
}

export type Comparison =
  | { ok: true; maxError: number }
  | { ok: false; reason: 'shape' | 'values' | 'nan'; maxError?: number; worst?: Worst };

/**
 * Compares a learner's result with the reference, element by element, by lib/tolerance.ts's
 * rule. Shapes must match exactly, with no broadcasting, because a result of the wrong shape is
 * a wrong answer even when its values happen to line up. A NaN where the reference has a number
 * is reported as its own reason: it usually means a softmax over a row of -Infinity.
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
    maxError = Math.max(maxError, elementError(w, g));
    const excess = excessError(w, g, tol);
    if (excess > 0 && (worstAt < 0 || excess > worstExcess)) {
      worstAt = i;
      worstExcess = excess;
    }
  }
  const at = (i: number): Worst => ({
    index: unravel(i, want.shape),
    want: want.data[i],
    got: got.data[i],
    gap: elementError(want.data[i], got.data[i]),
    allowance: allowance(want.data[i], tol),
  });
  if (firstNaN >= 0) return { ok: false, reason: 'nan', maxError, worst: at(firstNaN) };
  if (worstAt >= 0) return { ok: false, reason: 'values', maxError, worst: at(worstAt) };
  return { ok: true, maxError };
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
