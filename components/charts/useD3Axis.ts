'use client';

import { select, type Axis, type AxisDomain } from 'd3';
import { useEffect, type RefObject } from 'react';

/**
 * Lets d3 draw an axis into a <g> that React renders but never fills, so React and d3 never
 * fight over the same nodes. d3's own font attributes are removed so the CSS module decides
 * size and family; text uses currentColor, which follows the theme.
 */
export function useD3Axis<D extends AxisDomain>(
  ref: RefObject<SVGGElement | null>,
  axis: Axis<D>,
  rotate: number = 0,
): void {
  useEffect(() => {
    const g = ref.current;
    if (!g) return;
    const sel = select(g);
    sel.call(axis);
    sel.attr('font-size', null).attr('font-family', null);
    const text = sel.selectAll<SVGTextElement, D>('.tick text');
    if (rotate !== 0) {
      text
        .attr('transform', `rotate(${rotate})`)
        .attr('dx', '-0.5em')
        .attr('dy', '0.3em')
        .style('text-anchor', 'end');
    }
  }, [ref, axis, rotate]);
}
