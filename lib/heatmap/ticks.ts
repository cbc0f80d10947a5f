/** Minimum room, in pixels, that one axis label needs before labels start to collide. */
export const MIN_TICK_SPACING = 14;

const NICE = [1, 2, 5];

/** Smallest step of the form 1, 2, 5, 10, 20, 50... that is at least `min`. */
export function niceStep(min: number): number {
  if (!(min > 1)) return 1;
  for (let scale = 1; ; scale *= 10) {
    for (const n of NICE) if (n * scale >= min) return n * scale;
  }
}

/**
 * Indices of the labels to draw on an axis of `count` bands over `lengthPx` pixels. All of them
 * when they fit; otherwise every k-th with a round k, so the shown indices (0, 5, 10...) are
 * easy to read and count from.
 */
export function thinTicks(
  count: number,
  lengthPx: number,
  minSpacingPx: number = MIN_TICK_SPACING,
): number[] {
  if (count <= 0) return [];
  const fit = Math.max(1, Math.floor(lengthPx / minSpacingPx));
  const step = count <= fit ? 1 : niceStep(count / fit);
  const out: number[] = [];
  for (let i = 0; i < count; i += step) out.push(i);
  return out;
}
