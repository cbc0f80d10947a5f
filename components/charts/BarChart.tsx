'use client';

import { axisBottom, axisLeft, range as d3range, scaleBand, scaleLinear } from 'd3';
import { useId, useMemo, useRef, useState, type PointerEvent } from 'react';
import { formatNumber } from '@/lib/heatmap/format';
import { defaultLabels, truncateLabel } from '@/lib/heatmap/labels';
import { LABEL_CHARS } from '@/lib/heatmap/layout';
import { checkShape } from '@/lib/heatmap/prepare';
import { valueRange } from '@/lib/heatmap/range';
import { barDomain } from '@/lib/heatmap/series';
import { tableWindow } from '@/lib/heatmap/table';
import { thinTicks } from '@/lib/heatmap/ticks';
import type { MatrixData } from '@/lib/heatmap/types';
import { translator, type Locale } from '@/lib/i18n/messages';
import { DataTable } from './DataTable';
import styles from './Heatmap.module.css';
import { TableToggle } from './TableToggle';
import { useD3Axis } from './useD3Axis';
import { useIndexFocus } from './useIndexFocus';

export interface BarChartProps {
  /** A 1-D weight vector: [N] data, or any shape, read flat. */
  data: MatrixData | ArrayLike<number>;
  /** One per value (frames, words, channels); 0..N-1 when absent. */
  labels?: string[];
  title?: string;
  xLabel?: string;
  yLabel?: string;
  locale?: Locale;
  size?: number;
}

const M = { top: 10, right: 12, bottom: 48, left: 52 };
const TABLE_ROWS = 256;

function flatten(data: MatrixData | ArrayLike<number>): ArrayLike<number> {
  if ('shape' in data) {
    checkShape(data);
    return data.data;
  }
  return data;
}

export function BarChart(props: BarChartProps) {
  const { title, xLabel, yLabel, locale = 'en', size = 480 } = props;
  const t = useMemo(() => translator(locale), [locale]);
  const [showTable, setShowTable] = useState(false);
  const hintId = useId();
  const xAxisRef = useRef<SVGGElement>(null);
  const yAxisRef = useRef<SVGGElement>(null);
  const result = useMemo(() => {
    try {
      return { values: flatten(props.data), error: '' };
    } catch (e) {
      return { values: [] as number[], error: e instanceof Error ? e.message : String(e) };
    }
  }, [props.data]);
  const values = result.values;
  const n = values.length;
  const labels = useMemo(() => defaultLabels(n, props.labels), [n, props.labels]);
  const range = useMemo(() => valueRange(values), [values]);
  const name = title ?? t('heatmap.bar.defaultTitle');
  const W = size;
  const H = Math.round(size * 0.6);
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;

  const x = useMemo(
    () =>
      scaleBand<number>()
        .domain(d3range(n))
        .range([0, plotW])
        .padding(n > 64 ? 0 : 0.15),
    [n, plotW],
  );
  const y = useMemo(
    () => scaleLinear().domain(barDomain(range)).nice().range([plotH, 0]),
    [range, plotH],
  );
  const xAxis = useMemo(
    () =>
      axisBottom(x)
        .tickValues(thinTicks(n, plotW, 24))
        .tickFormat((i) => truncateLabel(labels[i], LABEL_CHARS)),
    [x, n, plotW, labels],
  );
  const yAxis = useMemo(() => axisLeft(y).ticks(Math.max(2, Math.floor(plotH / 40))), [y, plotH]);
  useD3Axis(xAxisRef, xAxis, -45);
  useD3Axis(yAxisRef, yAxis);

  const itemText = (i: number) =>
    t('heatmap.bar.item', { label: labels[i], value: formatNumber(values[i]) });
  const nav = useIndexFocus(n, itemText);
  const active = nav.active;

  function onPointerMove(e: PointerEvent<SVGSVGElement>) {
    const box = e.currentTarget.getBoundingClientRect();
    const px = ((e.clientX - box.left) * W) / box.width - M.left;
    const i = Math.floor((px / plotW) * n);
    nav.setHover(i >= 0 && i < n ? i : null);
  }

  if (result.error) {
    return (
      <figure className={styles.root}>
        <figcaption className={styles.title}>{name}</figcaption>
        <p className={styles.error} role="alert">
          {t('heatmap.error', { reason: result.error })}
        </p>
      </figure>
    );
  }

  const label =
    range.finiteCount > 0
      ? t('heatmap.bar.describe', {
          title: name,
          count: n,
          min: formatNumber(range.min),
          max: formatNumber(range.max),
        })
      : name;
  const y0 = y(0);
  const win = tableWindow(n, 1, TABLE_ROWS);

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
            {Array.from(values, (v, i) =>
              Number.isFinite(v) ? (
                <rect
                  key={i}
                  className={styles.bar}
                  x={x(i)}
                  width={Math.max(0.5, x.bandwidth())}
                  y={Math.min(y(v), y0)}
                  height={Math.abs(y(v) - y0)}
                  opacity={active === null || active === i ? 1 : 0.55}
                />
              ) : (
                // A non-finite value has no length: mark it on the baseline instead of as 0.
                <text
                  key={i}
                  x={(x(i) ?? 0) + x.bandwidth() / 2}
                  y={y0}
                  textAnchor="middle"
                  dy="0.35em"
                  className={styles.axisTitle}
                >
                  ×
                </text>
              ),
            )}
            {active !== null ? (
              <rect
                x={x(active)}
                width={x.bandwidth()}
                y={0}
                height={plotH}
                fill="none"
                stroke="currentColor"
                strokeWidth={1.5}
                pointerEvents="none"
              />
            ) : null}
            {xLabel ? (
              <text className={styles.axisTitle} x={plotW / 2} y={plotH + 44} textAnchor="middle">
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
          </g>
        </svg>
      </div>
      <p className={styles.readout} aria-hidden="true">
        {active !== null ? itemText(active) : ''}
      </p>
      <p id={hintId} className={styles.srOnly}>
        {t('heatmap.bar.hint')}
      </p>
      <p className={styles.srOnly} aria-live="polite">
        {nav.announce}
      </p>
      {showTable ? (
        <DataTable
          caption={t('heatmap.tableCaption', { title: name })}
          corner={xLabel ?? t('heatmap.index')}
          rowLabels={labels.slice(0, win.rows)}
          colLabels={[yLabel ?? t('heatmap.value')]}
          cell={(r) => formatNumber(values[r])}
          note={
            win.capped
              ? t('heatmap.tableCapped', { rows: win.rows, cols: 1, totalRows: n, totalCols: 1 })
              : undefined
          }
        />
      ) : null}
    </figure>
  );
}
