import { color, interpolateCividis, interpolateViridis } from 'd3';
import type { PaletteName, ValueRange } from './types';

/** Perceptually uniform and colour-blind safe; both also read as a ramp in greyscale. */
export const palettes: Record<PaletteName, (t: number) => string> = {
  viridis: interpolateViridis,
  cividis: interpolateCividis,
};

export const LUT_SIZE = 256;

/** RGBA colours for the special cells, shared by canvas, SVG export and legend. */
export const specialColours = {
  maskedA: [96, 96, 96, 255],
  maskedB: [224, 224, 224, 255],
  nonFiniteA: [214, 39, 40, 255],
  nonFiniteB: [255, 255, 255, 255],
} as const satisfies Record<string, readonly [number, number, number, number]>;

/**
 * Samples the palette once into a flat RGBA table, so painting a million cells is an index and
 * four byte copies instead of a million interpolator calls and colour parses.
 */
export function buildLut(
  interpolate: (t: number) => string,
  size: number = LUT_SIZE,
): Uint8ClampedArray {
  if (!Number.isInteger(size) || size < 2) {
    throw new Error(`buildLut: size must be an integer >= 2, got ${size}`);
  }
  const lut = new Uint8ClampedArray(size * 4);
  for (let i = 0; i < size; i++) {
    const c = color(interpolate(i / (size - 1)))?.rgb();
    lut[i * 4] = c ? c.r : 0;
    lut[i * 4 + 1] = c ? c.g : 0;
    lut[i * 4 + 2] = c ? c.b : 0;
    lut[i * 4 + 3] = 255;
  }
  return lut;
}

/** LUT index for a finite value. A flat range maps to the middle so it does not read as "low". */
export function lutIndex(value: number, range: ValueRange, size: number = LUT_SIZE): number {
  const span = range.max - range.min;
  const t = span > 0 ? (value - range.min) / span : 0.5;
  const i = Math.round(t * (size - 1));
  return i < 0 ? 0 : i >= size ? size - 1 : i;
}

export function rgbHex(r: number, g: number, b: number): string {
  return '#' + [r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');
}

export function lutHex(lut: Uint8ClampedArray, index: number): string {
  return rgbHex(lut[index * 4], lut[index * 4 + 1], lut[index * 4 + 2]);
}

export function specialHex(name: keyof typeof specialColours): string {
  const [r, g, b] = specialColours[name];
  return rgbHex(r, g, b);
}
