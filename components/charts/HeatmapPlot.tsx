'use client';

import { axisBottom, axisLeft, range as d3range, scaleBand } from 'd3';
import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type RefObject,
} from 'react';
import { describeCell } from '@/lib/heatmap/describe';
import { moveCell } from '@/lib/heatmap/keyboard';
import { LABEL_CHARS, type HeatmapLayout } from '@/lib/heatmap/layout';
import { truncateLabel } from '@/lib/heatmap/labels';
import { cellPixels, paintMatrix } from '@/lib/heatmap/paint';
import type { HeatmapView } from '@/lib/heatmap/prepare';
import type { CellPosition } from '@/lib/heatmap/types';
import type { Translate } from '@/lib/i18n/messages';
import styles from './Heatmap.module.css';
import { useD3Axis } from './useD3Axis';

export interface HeatmapPlotProps {
  view: HeatmapView;
  layout: HeatmapLayout;
  lut: Uint8ClampedArray;
  t: Translate;
  /** The chart's aria-label, from describe(). */
  label: string;
  size: number;
  canvasRef: RefObject<HTMLCanvasElement | null>;
  rowAxisLabel?: string;
  colAxisLabel?: string;
}

const pct = (part: number, whole: number) => `${(part / whole) * 100}%`;

/**
 * Cells on a canvas (one ImageData put per change), axes and the highlight in an SVG laid over
 * it. Both scale with the container through a shared viewBox, so the chart is responsive without
 * measuring, and text stays vector-crisp at any zoom.
 */
export function HeatmapPlot(props: HeatmapPlotProps) {
  const { view, layout: L, lut, t, label, size, canvasRef } = props;
  const hintId = useId();
  const rowAxisRef = useRef<SVGGElement>(null);
  const colAxisRef = useRef<SVGGElement>(null);
  const [hover, setHover] = useState<CellPosition | null>(null);
  const [focus, setFocus] = useState<CellPosition | null>(null);
  const [announce, setAnnounce] = useState('');
  const cellPx = cellPixels(view.rows, view.cols);

  useEffect(() => {
    const ctx = canvasRef.current?.getContext('2d');
    if (!ctx) return;
    const image = ctx.createImageData(view.cols * cellPx, view.rows * cellPx);
    paintMatrix(image.data, view, { cellPx, lut, range: view.range });
    ctx.putImageData(image, 0, 0);
  }, [canvasRef, view, lut, cellPx]);

  const colAxis = useMemo(() => {
    const x = scaleBand<number>().domain(d3range(view.cols)).range([0, L.plotW]);
    return axisBottom(x)
      .tickValues(L.colTicks)
      .tickFormat((i) => truncateLabel(view.colLabels[i], LABEL_CHARS))
      .tickSizeOuter(0);
  }, [view.cols, view.colLabels, L.plotW, L.colTicks]);
  const rowAxis = useMemo(() => {
    const y = scaleBand<number>().domain(d3range(view.rows)).range([0, L.plotH]);
    return axisLeft(y)
      .tickValues(L.rowTicks)
      .tickFormat((i) => truncateLabel(view.rowLabels[i], LABEL_CHARS))
      .tickSizeOuter(0);
  }, [view.rows, view.rowLabels, L.plotH, L.rowTicks]);
  useD3Axis(colAxisRef, colAxis, L.rotateCols ? -45 : 0);
  useD3Axis(rowAxisRef, rowAxis);

  // A stale focus (the matrix shrank) is clamped here rather than reset in an effect.
  const focused = focus && {
    row: Math.min(focus.row, view.rows - 1),
    col: Math.min(focus.col, view.cols - 1),
  };
  const active = hover ?? focused;
  const cw = L.plotW / view.cols;
  const ch = L.plotH / view.rows;

  function onPointerMove(e: PointerEvent<SVGSVGElement>) {
    const box = e.currentTarget.getBoundingClientRect();
    const x = ((e.clientX - box.left) * L.width) / box.width - L.margin.left;
    const y = ((e.clientY - box.top) * L.height) / box.height - L.margin.top;
    const col = Math.floor(x / cw);
    const row = Math.floor(y / ch);
    const inside = row >= 0 && row < view.rows && col >= 0 && col < view.cols;
    setHover(inside ? { row, col } : null);
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const next = moveCell(focused ?? { row: 0, col: 0 }, e, view.rows, view.cols);
    if (!next) return;
    e.preventDefault(); // arrows and Page keys would otherwise scroll the page
    setFocus(next);
    setHover(null);
    setAnnounce(describeCell(t, view, next));
  }

  function onFocus() {
    const start = focused ?? { row: 0, col: 0 };
    setFocus(start);
    setAnnounce(describeCell(t, view, start));
  }

  const activeText = active ? describeCell(t, view, active) : '';
  const tipLeft = active ? L.margin.left + (active.col + 0.5) * cw : 0;
  const tipTop = active ? L.margin.top + active.row * ch : 0;

  return (
    <>
      <div
        className={styles.plot}
        style={{ maxWidth: size, aspectRatio: `${L.width} / ${L.height}` }}
        role="img"
        aria-label={label}
        aria-describedby={hintId}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
      >
        <canvas
          ref={canvasRef}
          className={styles.canvas}
          width={view.cols * cellPx}
          height={view.rows * cellPx}
          style={{
            left: pct(L.margin.left, L.width),
            top: pct(L.margin.top, L.height),
            width: pct(L.plotW, L.width),
            height: pct(L.plotH, L.height),
          }}
        />
        <svg
          className={styles.overlay}
          viewBox={`0 0 ${L.width} ${L.height}`}
          onPointerMove={onPointerMove}
          onPointerDown={onPointerMove}
          onPointerLeave={() => setHover(null)}
        >
          <g transform={`translate(${L.margin.left},${L.margin.top})`}>
            <g ref={rowAxisRef} className={styles.axis} />
            <g ref={colAxisRef} className={styles.axis} transform={`translate(0,${L.plotH})`} />
            {props.rowAxisLabel ? (
              <text
                className={styles.axisTitle}
                textAnchor="middle"
                transform={`translate(${12 - L.margin.left},${L.plotH / 2}) rotate(-90)`}
              >
                {props.rowAxisLabel}
              </text>
            ) : null}
            {props.colAxisLabel ? (
              <text
                className={styles.axisTitle}
                textAnchor="middle"
                x={L.plotW / 2}
                y={L.height - L.margin.top - 4}
              >
                {props.colAxisLabel}
              </text>
            ) : null}
            {active ? (
              // Black and white outlines: visible on every palette colour and both themes.
              <g fill="none" pointerEvents="none">
                <rect
                  x={active.col * cw}
                  y={active.row * ch}
                  width={cw}
                  height={ch}
                  stroke="#000"
                  strokeWidth={3}
                />
                <rect
                  x={active.col * cw}
                  y={active.row * ch}
                  width={cw}
                  height={ch}
                  stroke="#fff"
                  strokeWidth={1.5}
                />
              </g>
            ) : null}
          </g>
        </svg>
        {active ? (
          <div
            className={styles.tooltip}
            aria-hidden="true"
            style={{
              left: pct(tipLeft, L.width),
              top: pct(tipTop, L.height),
              transform: `translate(${tipLeft > L.width / 2 ? '-100%' : '0'}, calc(-100% - 4px))`,
            }}
          >
            {activeText}
          </div>
        ) : null}
      </div>
      <p className={styles.readout} aria-hidden="true">
        {activeText}
      </p>
      <p id={hintId} className={styles.srOnly}>
        {t('heatmap.keyboardHint')}
      </p>
      <p className={styles.srOnly} aria-live="polite">
        {announce}
      </p>
    </>
  );
}
