import { interpolateViridis } from 'd3';
import { describe, expect, it } from 'vitest';
import { buildLut } from './colour';
import { layoutHeatmap } from './layout';
import { buildSvg, escapeXml, SVG_CELL_LIMIT } from './svg';

const lut = buildLut(interpolateViridis);

function svgFor(values: number[], rows: number, cols: number, mask: number[], extra = {}) {
  const rowLabels = Array.from({ length: rows }, (_, i) => `r${i}`);
  const colLabels = Array.from({ length: cols }, (_, i) => `c${i}`);
  return buildSvg(
    { values, rows, cols, mask: Uint8Array.from(mask) },
    {
      layout: layoutHeatmap(rowLabels, colLabels, 300),
      lut,
      range: { min: 0, max: 1, finiteCount: 2 },
      rowLabels,
      colLabels,
      title: 'A <b> & "c"',
      description: 'desc',
      ...extra,
    },
  );
}

/** Rects inside the cell group only, not the pattern tiles or the legend. */
function cellRects(svg: string): number {
  const group = svg.split('<g shape-rendering="crispEdges">')[1]?.split('</g>')[0] ?? '';
  return group.match(/<rect /g)?.length ?? 0;
}

describe('escapeXml', () => {
  it('escapes markup characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;',
    );
  });
});

describe('buildSvg', () => {
  it('draws cells in LUT colours, masked and non-finite with patterns, and labels', () => {
    const svg = svgFor([0, 1, -Infinity, NaN], 2, 2, [0, 0, 1, 0]);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('fill="#440154"');
    expect(svg).toContain('fill="#fde725"');
    expect(svg).toContain('fill="url(#hm-masked)"');
    expect(svg).toContain('fill="url(#hm-nonfinite)"');
    expect(svg).toContain('>r1</text>');
    expect(svg).toContain('>c0</text>');
    expect(svg).toContain('<title>A &#60;b&#62; &#38; &#34;c&#34;</title>');
    expect(cellRects(svg)).toBe(4);
  });
  it('merges runs of one colour into one rect', () => {
    const svg = svgFor([1, 1, 1], 1, 3, [0, 0, 0]);
    expect(cellRects(svg)).toBe(1);
  });
  it('embeds the bitmap for large matrices when given one', () => {
    const n = Math.ceil(Math.sqrt(SVG_CELL_LIMIT)) + 1;
    const svg = svgFor(new Array(n * n).fill(0.5), n, n, new Array(n * n).fill(0), {
      imageHref: 'data:image/png;base64,AAAA',
    });
    expect(svg).toContain('<image href="data:image/png;base64,AAAA"');
    expect(cellRects(svg)).toBe(0);
  });
});
