import { lutHex, lutIndex, LUT_SIZE, specialHex } from './colour';
import { LABEL_CHARS, type HeatmapLayout } from './layout';
import { truncateLabel } from './labels';
import { formatNumber } from './format';
import type { MaskedMatrix, ValueRange } from './types';

/** Above this many cells, rects make multi-megabyte files; embed the painted bitmap instead. */
export const SVG_CELL_LIMIT = 128 * 128;

export interface SvgOptions {
  layout: HeatmapLayout;
  lut: Uint8ClampedArray;
  range: ValueRange;
  rowLabels: readonly string[];
  colLabels: readonly string[];
  title: string;
  /** Text for <desc>: the same description the chart's aria-label carries. */
  description: string;
  rowAxisLabel?: string;
  colAxisLabel?: string;
  /** PNG data URL of the cells, used instead of rects when the matrix is large. */
  imageHref?: string;
}

export function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

const LEGEND_H = 34;

/** The heatmap as a standalone SVG document: cells, tick labels, axis titles and a legend. */
export function buildSvg(m: MaskedMatrix, o: SvgOptions): string {
  const { layout: L, lut, range } = o;
  const W = L.width;
  const H = L.height + LEGEND_H;
  const cw = L.plotW / Math.max(m.cols, 1);
  const ch = L.plotH / Math.max(m.rows, 1);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11">`,
    `<title>${escapeXml(o.title)}</title><desc>${escapeXml(o.description)}</desc>`,
    '<defs>',
    `<pattern id="hm-masked" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${specialHex('maskedB')}"/><rect width="3" height="6" fill="${specialHex('maskedA')}"/></pattern>`,
    `<pattern id="hm-nonfinite" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="${specialHex('nonFiniteB')}"/><rect width="3" height="3" fill="${specialHex('nonFiniteA')}"/><rect x="3" y="3" width="3" height="3" fill="${specialHex('nonFiniteA')}"/></pattern>`,
    `<linearGradient id="hm-legend">${gradientStops(lut)}</linearGradient>`,
    '</defs>',
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<g transform="translate(${L.margin.left},${L.margin.top})">`,
  ];
  if (o.imageHref && m.rows * m.cols > SVG_CELL_LIMIT) {
    out.push(
      `<image href="${escapeXml(o.imageHref)}" width="${r2(L.plotW)}" height="${r2(L.plotH)}" preserveAspectRatio="none" style="image-rendering:pixelated"/>`,
    );
  } else {
    out.push('<g shape-rendering="crispEdges">');
    for (let r = 0; r < m.rows; r++) {
      // Neighbouring cells of one colour become one rect: quantized colours repeat a lot.
      let start = 0;
      let fill = cellFill(m, r, 0, lut, range);
      for (let c = 1; c <= m.cols; c++) {
        const next = c < m.cols ? cellFill(m, r, c, lut, range) : '';
        if (next === fill) continue;
        out.push(
          `<rect x="${r2(start * cw)}" y="${r2(r * ch)}" width="${r2((c - start) * cw)}" height="${r2(ch)}" fill="${fill}"/>`,
        );
        start = c;
        fill = next;
      }
    }
    out.push('</g>');
  }
  out.push('<g fill="#222222">');
  for (const r of L.rowTicks) {
    out.push(
      `<text x="-6" y="${r2((r + 0.5) * ch)}" text-anchor="end" dominant-baseline="middle">${label(o.rowLabels[r])}</text>`,
    );
  }
  for (const c of L.colTicks) {
    const x = r2((c + 0.5) * cw);
    const y = r2(L.plotH + 14);
    out.push(
      L.rotateCols
        ? `<text transform="translate(${x},${y}) rotate(-45)" text-anchor="end">${label(o.colLabels[c])}</text>`
        : `<text x="${x}" y="${y}" text-anchor="middle">${label(o.colLabels[c])}</text>`,
    );
  }
  if (o.colAxisLabel) {
    out.push(
      `<text x="${r2(L.plotW / 2)}" y="${r2(L.height - L.margin.top - 4)}" text-anchor="middle" font-weight="bold">${escapeXml(o.colAxisLabel)}</text>`,
    );
  }
  if (o.rowAxisLabel) {
    out.push(
      `<text transform="translate(${r2(12 - L.margin.left)},${r2(L.plotH / 2)}) rotate(-90)" text-anchor="middle" font-weight="bold">${escapeXml(o.rowAxisLabel)}</text>`,
    );
  }
  out.push('</g></g>');
  const ly = L.height + 4;
  const lw = Math.min(200, L.plotW);
  out.push(
    `<g transform="translate(${L.margin.left},${ly})" fill="#222222">`,
    `<rect width="${lw}" height="10" fill="url(#hm-legend)"/>`,
    `<text y="24">${escapeXml(formatNumber(range.min))}</text>`,
    `<text x="${lw}" y="24" text-anchor="end">${escapeXml(formatNumber(range.max))}</text>`,
    '</g></svg>',
  );
  return out.join('\n');
}

function cellFill(
  m: MaskedMatrix,
  r: number,
  c: number,
  lut: Uint8ClampedArray,
  range: ValueRange,
): string {
  const i = r * m.cols + c;
  if (m.mask[i]) return 'url(#hm-masked)';
  const v = m.values[i];
  if (!Number.isFinite(v)) return 'url(#hm-nonfinite)';
  return lutHex(lut, lutIndex(v, range, lut.length / 4));
}

/** Stops at every 16th LUT entry: the quantized scale, smooth enough for a legend. */
export function gradientStops(lut: Uint8ClampedArray): string {
  const n = lut.length / 4 || LUT_SIZE;
  const stops: string[] = [];
  for (let i = 0; i < n; i += 16) stops.push(stop(lut, i, n));
  if ((n - 1) % 16 !== 0) stops.push(stop(lut, n - 1, n));
  return stops.join('');
}

function stop(lut: Uint8ClampedArray, i: number, n: number): string {
  return `<stop offset="${r2((i / (n - 1)) * 100)}%" stop-color="${lutHex(lut, i)}"/>`;
}

function label(s: string): string {
  return escapeXml(truncateLabel(s, LABEL_CHARS));
}

function r2(v: number): number {
  return Math.round(v * 100) / 100;
}
