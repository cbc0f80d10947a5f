'use client';

import { axisBottom, axisLeft, bisectCenter, line, scaleLinear } from 'd3';
import { useId, useMemo, useRef, useState, type PointerEvent } from 'react';
import { formatNumber } from '@/lib/heatmap/format';
import {
  lineDomain,
  seriesStyle as style,
  seriesLength,
  seriesRange,
  valuesAt,
  xValues,
  type Series,
} from '@/lib/heatmap/series';
import { tableWindow } from '@/lib/heatmap/table';
import { translator, type Locale } from '@/lib/i18n/messages';
import { DataTable } from './DataTable';
import styles from './Heatmap.module.css';
import { TableToggle } from './TableToggle';
import { useD3Axis } from './useD3Axis';
import { useIndexFocus } from './useIndexFocus';

export interface LineChartProps {
  series: Series[];
  /** x position of each point (ascending); 0..n-1 when absent. */
  x?: ArrayLike<number>;
  title?: string;
  xLabel?: string;
  yLabel?: string;
  locale?: Locale;
  size?: number;
}

const M = { top: 10, right: 14, bottom: 42, left: 52 };
const TABLE_ROWS = 256;

export function LineChart({
  series,
  x,
  title,
  xLabel,
  yLabel,
  locale = 'en',
  size = 480,
}: LineChartProps) {
  const t = useMemo(() => translator(locale), [locale]);
  const [showTable, setShowTable] = useState(false);
  const hintId = useId();
  const xAxisRef = useRef<SVGGElement>(null);
  const yAxisRef = useRef<SVGGElement>(null);
  const name = title ?? t('heatmap.line.defaultTitle');
  const n = seriesLength(series);
  const xs = useMemo(() => xValues(n, x), [n, x]);
  const range = useMemo(() => seriesRange(series), [series]);
  const W = size;
  const H = Math.round(size * 0.6);
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;

  const xScale = useMemo(() => {
    const lo = xs[0] ?? 0;
    const hi = xs[xs.length - 1] ?? 1;
    return scaleLinear()
      .domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi])
      .range([0, plotW]);
  }, [xs, plotW]);
  const yScale = useMemo(
    () => scaleLinear().domain(lineDomain(range)).nice().range([plotH, 0]),
    [range, plotH],
  );
  const xAxis = useMemo(
    () => axisBottom(xScale).ticks(Math.max(2, Math.floor(plotW / 70))),
    [xScale, plotW],
  );
  const yAxis = useMemo(
    () => axisLeft(yScale).ticks(Math.max(2, Math.floor(plotH / 40))),
    [yScale, plotH],
  );
  useD3Axis(xAxisRef, xAxis);
  useD3Axis(yAxisRef, yAxis);

  const paths = useMemo(
    () =>
      series.map(
        (s) =>
          line<number>()
            .defined((i) => Number.isFinite(s.values[i])) // gaps at NaN/Infinity, never a spike
            .x((i) => xScale(xs[i]))
            .y((i) => yScale(s.values[i]))(Array.from({ length: s.values.length }, (_, i) => i)) ??
          '',
      ),
    [series, xs, xScale, yScale],
  );

  const pointText = (i: number) =>
    t('heatmap.line.point', { x: formatNumber(xs[i]), values: valuesAt(series, i) });
  const nav = useIndexFocus(n, pointText);
  const active = nav.active;

  function onPointerMove(e: PointerEvent<SVGSVGElement>) {
    const box = e.currentTarget.getBoundingClientRect();
    const px = ((e.clientX - box.left) * W) / box.width - M.left;
    nav.setHover(px < 0 || px > plotW || n === 0 ? null : bisectCenter(xs, xScale.invert(px)));
  }

  const label =
    range.finiteCount > 0
      ? t('heatmap.line.describe', {
          title: name,
          count: series.length,
          points: n,
          min: formatNumber(range.min),
          max: formatNumber(range.max),
        })
      : name;
  const win = tableWindow(n, series.length, TABLE_ROWS);

  return (
    <figure className={styles.root}>
      <figcaption className={styles.title}>{name}</figcaption>
      <div className={styles.toolbar}>
        <TableToggle t={t} shown={showTable} onToggle={() => setShowTable((s) => !s)} />
      </div>
      <div
        className={styles.plot}
        style={{ maxWidth: size, aspectRatio: `${W} / ${H}` }}
        role="img"
        aria-label={label}
        aria-describedby={hintId}
        tabIndex={0}
        onKeyDown={nav.onKeyDown}
        onFocus={nav.onFocus}
      >
        <svg
          className={styles.overlay}
          viewBox={`0 0 ${W} ${H}`}
          onPointerMove={onPointerMove}
          onPointerDown={onPointerMove}
          onPointerLeave={() => nav.setHover(null)}
        >
          <g transform={`translate(${M.left},${M.top})`}>
            <g ref={xAxisRef} className={styles.axis} transform={`translate(0,${plotH})`} />
            <g ref={yAxisRef} className={styles.axis} />
            {xLabel ? (
              <text className={styles.axisTitle} x={plotW / 2} y={plotH + 36} textAnchor="middle">
                {xLabel}
              </text>
            ) : null}
            {yLabel ? (
              <text
                className={styles.axisTitle}
                transform={`translate(${12 - M.left},${plotH / 2}) rotate(-90)`}
                textAnchor="middle"
              >
                {yLabel}
              </text>
            ) : null}
            {paths.map((d, i) => (
              <path
                key={i}
                d={d}
                fill="none"
                stroke={style(i).stroke}
                strokeDasharray={style(i).dash}
                strokeWidth={2}
              />
            ))}
            {active !== null ? (
              <g pointerEvents="none">
                <line
                  className={styles.guide}
                  x1={xScale(xs[active])}
                  x2={xScale(xs[active])}
                  y1={0}
                  y2={plotH}
                />
                {series.map((s, i) =>
                  Number.isFinite(s.values[active]) ? (
                    <circle
                      key={i}
                      cx={xScale(xs[active])}
                      cy={yScale(s.values[active])}
                      r={4}
                      fill={style(i).stroke}
                      stroke="#fff"
                    />
                  ) : null,
                )}
              </g>
            ) : null}
          </g>
        </svg>
      </div>
      <p className={styles.readout} aria-hidden="true">
        {active !== null ? pointText(active) : ''}
      </p>
      <ul className={styles.legend} style={{ listStyle: 'none', padding: 0 }}>
        {series.map((s, i) => (
          <li key={i} className={styles.swatch}>
            <svg width={28} height={10} aria-hidden="true">
              <line
                x1={0}
                x2={28}
                y1={5}
                y2={5}
                stroke={style(i).stroke}
                strokeDasharray={style(i).dash}
                strokeWidth={2}
              />
            </svg>
            {s.name}
          </li>
        ))}
      </ul>
      <p id={hintId} className={styles.srOnly}>
        {t('heatmap.line.hint')}
      </p>
      <p className={styles.srOnly} aria-live="polite">
        {nav.announce}
      </p>
      {showTable ? (
        <DataTable
          caption={t('heatmap.tableCaption', { title: name })}
          corner={xLabel ?? 'x'}
          rowLabels={xs.slice(0, win.rows).map(formatNumber)}
          colLabels={series.map((s) => s.name)}
          cell={(r, c) => formatNumber(r < series[c].values.length ? series[c].values[r] : NaN)}
          note={
            win.capped
              ? t('heatmap.tableCapped', {
                  rows: win.rows,
                  cols: win.cols,
                  totalRows: n,
                  totalCols: series.length,
                })
              : undefined
          }
        />
      ) : null}
    </figure>
  );
}
