'use client';

import { axisBottom, scaleLinear } from 'd3';
import { useMemo, useRef } from 'react';
import { lutHex } from '@/lib/heatmap/colour';
import { formatNumber, formatTick } from '@/lib/heatmap/format';
import type { ValueRange } from '@/lib/heatmap/types';
import type { Translate } from '@/lib/i18n/messages';
import styles from './Heatmap.module.css';
import { PatternDefs } from './PatternDefs';
import { useD3Axis } from './useD3Axis';

export interface ColourLegendProps {
  lut: Uint8ClampedArray;
  range: ValueRange;
  t: Translate;
  idBase: string;
  showMasked: boolean;
  showNonFinite: boolean;
}

const BAR_W = 200;
const STOPS = 16;

/** Gradient with numbered min, middle and max, plus swatches for the patterned special cells. */
export function ColourLegend({
  lut,
  range,
  t,
  idBase,
  showMasked,
  showNonFinite,
}: ColourLegendProps) {
  const axisRef = useRef<SVGGElement>(null);
  const hasValues = range.finiteCount > 0;
  const axis = useMemo(() => {
    const lo = hasValues ? range.min : 0;
    const hi = hasValues ? range.max : 1;
    const scale = scaleLinear().domain([lo, hi]).range([0, BAR_W]);
    // The exact ends rather than d3's round ticks: the legend must state the value range.
    const ticks = lo === hi ? [lo] : [lo, (lo + hi) / 2, hi];
    return axisBottom(scale)
      .tickValues(ticks)
      .tickFormat((v) => formatTick(Number(v), hi - lo))
      .tickSizeOuter(0);
  }, [hasValues, range.min, range.max]);
  useD3Axis(axisRef, axis);
  const n = lut.length / 4;
  const gradientId = `${idBase}-legend`;

  return (
    <div className={styles.legend}>
      {hasValues ? (
        <svg
          width={BAR_W + 40}
          height={36}
          viewBox={`-20 0 ${BAR_W + 40} 36`}
          role="img"
          aria-label={`${t('heatmap.legend')}: ${formatNumber(range.min)} – ${formatNumber(range.max)}`}
        >
          <defs>
            <linearGradient id={gradientId}>
              {Array.from({ length: STOPS + 1 }, (_, k) => {
                const i = Math.round((k / STOPS) * (n - 1));
                return <stop key={k} offset={`${(k / STOPS) * 100}%`} stopColor={lutHex(lut, i)} />;
              })}
            </linearGradient>
          </defs>
          <rect width={BAR_W} height={12} fill={`url(#${gradientId})`} />
          <g ref={axisRef} className={styles.axis} transform="translate(0,12)" />
        </svg>
      ) : null}
      {showMasked ? (
        <Swatch idBase={idBase} kind="masked" text={t('heatmap.legendMasked')} />
      ) : null}
      {showNonFinite ? (
        <Swatch idBase={idBase} kind="nonfinite" text={t('heatmap.legendNonFinite')} />
      ) : null}
    </div>
  );
}

function Swatch({ idBase, kind, text }: { idBase: string; kind: string; text: string }) {
  return (
    <span className={styles.swatch}>
      <svg width={14} height={14} aria-hidden="true" className={styles.swatchBox}>
        <PatternDefs idBase={`${idBase}-sw-${kind}`} />
        <rect width={14} height={14} fill={`url(#${idBase}-sw-${kind}-${kind})`} />
      </svg>
      {text}
    </span>
  );
}
