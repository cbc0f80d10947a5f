import type { HeadChoice, MaskedMatrix } from './types';

/**
 * Resolves the mask: an explicit mask wins (truthy = masked); without one, -Infinity marks a
 * masked entry, which is how additive masks arrive from the attention code.
 */
export function resolveMask(
  data: ArrayLike<number>,
  mask?: ArrayLike<number | boolean>,
): Uint8Array {
  const out = new Uint8Array(data.length);
  if (mask) {
    if (mask.length !== data.length) {
      throw new Error(
        `resolveMask: mask has ${mask.length} entries but data has ${data.length}; they must match`,
      );
    }
    for (let i = 0; i < data.length; i++) out[i] = mask[i] ? 1 : 0;
  } else {
    for (let i = 0; i < data.length; i++) out[i] = data[i] === -Infinity ? 1 : 0;
  }
  return out;
}

/** Copies head h out of a row-major [H, L, S] buffer. */
export function sliceHead(
  data: ArrayLike<number>,
  mask: Uint8Array,
  shape: readonly [number, number, number],
  h: number,
): MaskedMatrix {
  const [heads, rows, cols] = shape;
  if (!Number.isInteger(h) || h < 0 || h >= heads) {
    throw new Error(`sliceHead: head ${h} is outside shape [${shape.join(', ')}]`);
  }
  const n = rows * cols;
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = data[h * n + i];
  return { values, rows, cols, mask: mask.slice(h * n, (h + 1) * n) };
}

/**
 * Mean over heads, cell by cell, of the unmasked entries only: a cell masked in some heads
 * averages the others, and is masked only when every head masks it. NaN in any unmasked head
 * stays NaN, so a broken head is visible in the average rather than hidden by it.
 */
export function averageHeads(
  data: ArrayLike<number>,
  mask: Uint8Array,
  shape: readonly [number, number, number],
): MaskedMatrix {
  const [heads, rows, cols] = shape;
  const n = rows * cols;
  const values = new Float64Array(n);
  const outMask = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    let count = 0;
    for (let h = 0; h < heads; h++) {
      if (mask[h * n + i]) continue;
      sum += data[h * n + i];
      count++;
    }
    if (count === 0) {
      outMask[i] = 1;
      values[i] = -Infinity;
    } else {
      values[i] = sum / count;
    }
  }
  return { values, rows, cols, mask: outMask };
}

/** Picks a 2-D view out of any supported shape; [N] becomes one row of N. */
export function selectMatrix(
  data: ArrayLike<number>,
  mask: Uint8Array,
  shape: readonly number[],
  head: HeadChoice,
): MaskedMatrix {
  if (shape.length === 1) return { values: data, rows: 1, cols: shape[0], mask };
  if (shape.length === 2) return { values: data, rows: shape[0], cols: shape[1], mask };
  const s3 = [shape[0], shape[1], shape[2]] as const;
  if (head === 'average') return averageHeads(data, mask, s3);
  return sliceHead(data, mask, s3, Math.min(Math.max(0, head), shape[0] - 1));
}
