import type { HeatmapDisplay } from '@/lib/runtime/displays';

/**
 * A tensor as a heatmap the practice UI can draw: rank 0 to 2 as they are, a batched tensor
 * ([B, L, S] or [N, C, H, W]) as its first batch entry, so [B, H, L, S] weights still show one
 * matrix per head. The title names the tensor, the slice and the full shape, e.g.
 * "q[0] [2, 3, 4]": data, not a sentence, so it reads the same in every language.
 */
export function heatmapOf(name: string, data: ArrayLike<number>, shape: number[]): HeatmapDisplay {
  const drop = shape.length === 3 ? 1 : Math.max(0, shape.length - 3);
  const kept = shape.length === 0 ? [1] : shape.slice(drop);
  const size = kept.reduce((a, b) => a * b, 1);
  // Index 0 on the dropped leading axes is the first `size` values in row-major order.
  const values = new Float32Array(size);
  for (let i = 0; i < size && i < data.length; i++) values[i] = data[i];
  const label = name || 'output';
  return {
    kind: 'heatmap',
    title: `${label}${'[0]'.repeat(drop)} [${shape.join(', ')}]`,
    data: values,
    shape: kept,
  };
}

/** got - want, element by element (shapes already match). */
export function differenceOf(
  name: string,
  want: ArrayLike<number>,
  got: ArrayLike<number>,
  shape: number[],
): HeatmapDisplay {
  // Equal entries differ by 0, including matching infinities (where got - want would be NaN).
  const diff = Array.from({ length: want.length }, (_, i) =>
    got[i] === want[i] ? 0 : got[i] - want[i],
  );
  const display = heatmapOf(name, diff, shape);
  return { ...display, title: `${display.title} got - want` };
}

/**
 * One colour scale for maps that are compared by eye (expected and actual): from the smallest to
 * the largest finite value over all of them, so equal colours mean equal values.
 */
export function sharedScale(
  displays: readonly (HeatmapDisplay | undefined)[],
): { min: number; max: number } | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (const display of displays) {
    for (const v of display?.data ?? []) {
      if (!Number.isFinite(v)) continue;
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
  }
  return min <= max ? { min, max } : undefined;
}
