import { truncateLabel } from './labels';
import { thinTicks } from './ticks';

/** Approximate width of one character of the 11 px axis font; exact text metrics need a DOM. */
export const CHAR_PX = 6.5;
export const LABEL_CHARS = 12;

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface HeatmapLayout {
  width: number;
  height: number;
  margin: Margin;
  plotW: number;
  plotH: number;
  rowTicks: number[];
  colTicks: number[];
  /** Column labels turn -45° when they would overlap upright. */
  rotateCols: boolean;
}

function longest(labels: readonly string[], ticks: readonly number[]): number {
  let n = 0;
  for (const i of ticks) n = Math.max(n, Array.from(truncateLabel(labels[i], LABEL_CHARS)).length);
  return n;
}

/**
 * Geometry in SVG user units for a chart `size` wide. Cells stay square until the plot would be
 * taller than 1.25x its width (tall matrices) or thinner than 24 units (a 1 x N vector).
 */
export function layoutHeatmap(
  rowLabels: readonly string[],
  colLabels: readonly string[],
  size: number,
  axisTitles: { row?: boolean; col?: boolean } = {},
): HeatmapLayout {
  const rows = rowLabels.length;
  const cols = colLabels.length;
  const rowChars = longest(rowLabels, thinTicks(rows, size));
  const left = Math.max(28, rowChars * CHAR_PX + 12 + (axisTitles.row ? 18 : 0));
  const right = 10;
  const plotW = Math.max(10, size - left - right);
  const cell = plotW / Math.max(cols, 1);
  const plotH = Math.min(Math.max(cell * rows, 24), plotW * 1.25);
  const rowTicks = thinTicks(rows, plotH);
  const colTicks = thinTicks(cols, plotW);
  const colChars = longest(colLabels, colTicks);
  const tickGap = colTicks.length > 1 ? (colTicks[1] - colTicks[0]) * cell : plotW;
  const rotateCols = colChars * CHAR_PX > tickGap - 4;
  const labelDepth = rotateCols ? colChars * CHAR_PX * 0.72 + 16 : 22;
  const bottom = labelDepth + (axisTitles.col ? 18 : 0);
  const top = 8;
  return {
    width: size,
    height: Math.ceil(top + plotH + bottom),
    margin: { top, right, bottom, left },
    plotW,
    plotH,
    rowTicks,
    colTicks,
    rotateCols,
  };
}
