import { LUT_SIZE, lutIndex, specialColours } from './colour';
import type { MaskedMatrix, ValueRange } from './types';

/** Longest canvas side we aim for: enough for crisp hatching, small enough to repaint quickly. */
export const MAX_CANVAS_SIDE = 1024;
const MAX_CELL_PX = 32;

/** Whole pixels per cell, so every cell is the same size and patterns stay aligned. */
export function cellPixels(rows: number, cols: number, maxSide: number = MAX_CANVAS_SIDE): number {
  const longest = Math.max(rows, cols, 1);
  return Math.max(1, Math.min(MAX_CELL_PX, Math.floor(maxSide / longest)));
}

/** Stripe period in canvas pixels: a few stripes per big cell, and still visible at 1 px cells. */
export function patternPeriod(cellPx: number): number {
  return Math.max(4, Math.round(cellPx / 4) * 2);
}

export interface PaintOptions {
  cellPx: number;
  lut: Uint8ClampedArray;
  range: ValueRange;
  lutSize?: number;
}

/**
 * Paints the matrix into an RGBA buffer of (cols * cellPx) x (rows * cellPx) pixels, the layout
 * of ImageData.data. Masked cells get diagonal hatching and non-finite cells a checkerboard, both
 * computed from the global pixel position so neighbouring special cells form one continuous
 * pattern and a region reads as hatched even at one pixel per cell.
 */
export function paintMatrix(buffer: Uint8ClampedArray, m: MaskedMatrix, opts: PaintOptions): void {
  const { cellPx, lut, range } = opts;
  const lutSize = opts.lutSize ?? LUT_SIZE;
  const width = m.cols * cellPx;
  const height = m.rows * cellPx;
  if (buffer.length < width * height * 4) {
    throw new Error(
      `paintMatrix: buffer holds ${buffer.length} bytes but a ${m.rows}x${m.cols} matrix at ` +
        `${cellPx} px per cell needs ${width * height * 4}`,
    );
  }
  const period = patternPeriod(cellPx);
  const half = period / 2;
  for (let r = 0; r < m.rows; r++) {
    for (let c = 0; c < m.cols; c++) {
      const i = r * m.cols + c;
      const v = m.values[i];
      const x0 = c * cellPx;
      const y0 = r * cellPx;
      if (!m.mask[i] && Number.isFinite(v)) {
        const k = lutIndex(v, range, lutSize) * 4;
        fillBlock(buffer, width, x0, y0, cellPx, lut[k], lut[k + 1], lut[k + 2]);
        continue;
      }
      const masked = m.mask[i] === 1;
      for (let y = y0; y < y0 + cellPx; y++) {
        for (let x = x0; x < x0 + cellPx; x++) {
          const first = masked
            ? (x + y) % period < half
            : (Math.floor(x / half) + Math.floor(y / half)) % 2 === 0;
          const rgba = masked
            ? first
              ? specialColours.maskedA
              : specialColours.maskedB
            : first
              ? specialColours.nonFiniteA
              : specialColours.nonFiniteB;
          const p = (y * width + x) * 4;
          buffer[p] = rgba[0];
          buffer[p + 1] = rgba[1];
          buffer[p + 2] = rgba[2];
          buffer[p + 3] = 255;
        }
      }
    }
  }
}

function fillBlock(
  buffer: Uint8ClampedArray,
  width: number,
  x0: number,
  y0: number,
  size: number,
  r: number,
  g: number,
  b: number,
): void {
  for (let y = y0; y < y0 + size; y++) {
    let p = (y * width + x0) * 4;
    for (let x = 0; x < size; x++, p += 4) {
      buffer[p] = r;
      buffer[p + 1] = g;
      buffer[p + 2] = b;
      buffer[p + 3] = 255;
    }
  }
}
