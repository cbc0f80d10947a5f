import { color, interpolateCividis, interpolateViridis } from 'd3';
import { describe, expect, it } from 'vitest';
import { buildLut, lutHex, lutIndex, rgbHex } from './colour';

function hex(css: string): string {
  const c = color(css)!.rgb();
  return rgbHex(c.r, c.g, c.b);
}

describe('buildLut', () => {
  it('has 256 RGBA entries whose ends are viridis(0) and viridis(1)', () => {
    const lut = buildLut(interpolateViridis);
    expect(lut.length).toBe(256 * 4);
    expect(lutHex(lut, 0)).toBe('#440154'); // viridis' published first colour
    expect(lutHex(lut, 255)).toBe('#fde725'); // and last
    expect(lutHex(lut, 0)).toBe(hex(interpolateViridis(0)));
    expect(lutHex(lut, 255)).toBe(hex(interpolateViridis(1)));
    expect(lut[3]).toBe(255);
  });
  it('samples evenly: entry i is the palette at i / (n - 1)', () => {
    const lut = buildLut(interpolateCividis, 5);
    expect(lutHex(lut, 2)).toBe(hex(interpolateCividis(0.5)));
  });
  it('rejects a size below 2', () => {
    expect(() => buildLut(interpolateViridis, 1)).toThrow(
      'buildLut: size must be an integer >= 2, got 1',
    );
  });
});

describe('lutIndex', () => {
  const range = { min: -1, max: 1, finiteCount: 2 };
  it('maps min to 0, max to the last entry and clamps outside', () => {
    expect(lutIndex(-1, range)).toBe(0);
    expect(lutIndex(1, range)).toBe(255);
    expect(lutIndex(0, range)).toBe(128); // 127.5 rounds up
    expect(lutIndex(5, range)).toBe(255);
    expect(lutIndex(-5, range)).toBe(0);
  });
  it('puts a flat range in the middle', () => {
    expect(lutIndex(3, { min: 3, max: 3, finiteCount: 4 }, 5)).toBe(2);
  });
});
