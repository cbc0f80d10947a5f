import { interpolateViridis } from 'd3';
import { describe, expect, it } from 'vitest';
import { buildLut } from './colour';
import { cellPixels, paintMatrix, patternPeriod } from './paint';

const lut = buildLut(interpolateViridis);
const VIRIDIS_0 = [0x44, 0x01, 0x54, 255];
const VIRIDIS_1 = [0xfd, 0xe7, 0x25, 255];
const MASK_DARK = [96, 96, 96, 255];
const MASK_LIGHT = [224, 224, 224, 255];
const RED = [214, 39, 40, 255];
const WHITE = [255, 255, 255, 255];

function pixel(buf: Uint8ClampedArray, width: number, x: number, y: number): number[] {
  const p = (y * width + x) * 4;
  return Array.from(buf.slice(p, p + 4));
}

describe('cellPixels and patternPeriod', () => {
  it('fits the longest side into 1024 px, between 1 and 32 px per cell', () => {
    expect(cellPixels(1024, 1024)).toBe(1);
    expect(cellPixels(2048, 10)).toBe(1);
    expect(cellPixels(100, 50)).toBe(10);
    expect(cellPixels(4, 4)).toBe(32);
  });
  it('keeps stripes at least 4 px wide per period', () => {
    expect(patternPeriod(1)).toBe(4);
    expect(patternPeriod(32)).toBe(16);
  });
});

describe('paintMatrix', () => {
  it('paints min and max with the LUT ends, one cell per pixel', () => {
    const buf = new Uint8ClampedArray(2 * 1 * 4);
    const m = { values: [0, 1], rows: 1, cols: 2, mask: new Uint8Array(2) };
    paintMatrix(buf, m, { cellPx: 1, lut, range: { min: 0, max: 1, finiteCount: 2 } });
    expect(pixel(buf, 2, 0, 0)).toEqual(VIRIDIS_0);
    expect(pixel(buf, 2, 1, 0)).toEqual(VIRIDIS_1);
  });

  it('fills every pixel of a cell block', () => {
    const cellPx = 3;
    const buf = new Uint8ClampedArray(2 * cellPx * 1 * cellPx * 4);
    const m = { values: [1, 0], rows: 1, cols: 2, mask: new Uint8Array(2) };
    paintMatrix(buf, m, { cellPx, lut, range: { min: 0, max: 1, finiteCount: 2 } });
    expect(pixel(buf, 6, 2, 2)).toEqual(VIRIDIS_1);
    expect(pixel(buf, 6, 3, 0)).toEqual(VIRIDIS_0);
    expect(pixel(buf, 6, 5, 2)).toEqual(VIRIDIS_0);
  });

  it('hatches masked cells diagonally and checkers non-finite ones, never as a value colour', () => {
    // 1 x 2 cells at 8 px: period 4, so stripes and checks are 2 px wide.
    const cellPx = 8;
    const width = 16;
    const buf = new Uint8ClampedArray(width * 8 * 4);
    const m = { values: [-Infinity, NaN], rows: 1, cols: 2, mask: Uint8Array.of(1, 0) };
    paintMatrix(buf, m, { cellPx, lut, range: { min: 0, max: 1, finiteCount: 0 } });
    // hatch: (x + y) % 4 < 2 is dark
    expect(pixel(buf, width, 0, 0)).toEqual(MASK_DARK);
    expect(pixel(buf, width, 1, 0)).toEqual(MASK_DARK);
    expect(pixel(buf, width, 2, 0)).toEqual(MASK_LIGHT);
    expect(pixel(buf, width, 1, 1)).toEqual(MASK_LIGHT);
    expect(pixel(buf, width, 3, 1)).toEqual(MASK_DARK);
    // checkerboard of 2 px squares starting at x = 8
    expect(pixel(buf, width, 8, 0)).toEqual(RED);
    expect(pixel(buf, width, 10, 0)).toEqual(WHITE);
    expect(pixel(buf, width, 10, 2)).toEqual(RED);
    expect(pixel(buf, width, 8, 2)).toEqual(WHITE);
  });

  it('refuses a buffer that is too small, naming the sizes', () => {
    const m = { values: [1, 2, 3, 4], rows: 2, cols: 2, mask: new Uint8Array(4) };
    expect(() =>
      paintMatrix(new Uint8ClampedArray(4), m, {
        cellPx: 1,
        lut,
        range: { min: 1, max: 4, finiteCount: 4 },
      }),
    ).toThrow('paintMatrix: buffer holds 4 bytes but a 2x2 matrix at 1 px per cell needs 16');
  });

  it('paints a 1024 x 1024 matrix quickly enough to stay responsive', () => {
    const n = 1024;
    const values = new Float32Array(n * n).map((_, i) => i % 97);
    const buf = new Uint8ClampedArray(n * n * 4);
    const t0 = performance.now();
    paintMatrix(
      buf,
      { values, rows: n, cols: n, mask: new Uint8Array(n * n) },
      {
        cellPx: 1,
        lut,
        range: { min: 0, max: 96, finiteCount: n * n },
      },
    );
    expect(performance.now() - t0).toBeLessThan(500);
    expect(pixel(buf, n, 0, 0)).toEqual(VIRIDIS_0);
    expect(pixel(buf, n, 96, 0)).toEqual(VIRIDIS_1);
  });
});
