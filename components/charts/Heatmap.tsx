'use client';

import { useId, useMemo, useRef, useState } from 'react';
import { buildLut, palettes } from '@/lib/heatmap/colour';
import { toCsv } from '@/lib/heatmap/csv';
import { describe, kindWords } from '@/lib/heatmap/describe';
import { formatCell } from '@/lib/heatmap/format';
import { fileStem } from '@/lib/heatmap/labels';
import { layoutHeatmap } from '@/lib/heatmap/layout';
import { headNames, prepareView, type HeatmapView } from '@/lib/heatmap/prepare';
import { cellKind } from '@/lib/heatmap/range';
import { buildSvg, SVG_CELL_LIMIT } from '@/lib/heatmap/svg';
import { tableWindow } from '@/lib/heatmap/table';
import type { HeadChoice, HeatmapSpec, PaletteName } from '@/lib/heatmap/types';
import { translator, type Locale } from '@/lib/i18n/messages';
import { ColourLegend } from './ColourLegend';
import { DataTable } from './DataTable';
import { ExportButtons } from './ExportButtons';
import styles from './Heatmap.module.css';
import { TableToggle } from './TableToggle';
import { HeatmapPlot } from './HeatmapPlot';

export interface HeatmapProps {
  spec: HeatmapSpec;
  locale?: Locale;
  /** Largest width in CSS pixels; the chart shrinks with its container below that. */
  size?: number;
  palette?: PaletteName;
  /** Hides the export buttons, for small multiples such as the attention step view. */
  compact?: boolean;
}

type Prepared = { view: HeatmapView; error: null } | { view: null; error: string };

export function Heatmap({
  spec,
  locale = 'en',
  size = 480,
  palette = 'viridis',
  compact = false,
}: HeatmapProps) {
  const t = useMemo(() => translator(locale), [locale]);
  const [head, setHead] = useState<HeadChoice>(0);
  const [showTable, setShowTable] = useState(false);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  // useId gives characters such as ':' that are awkward inside url(#...) references.
  const idBase = 'hm' + useId().replace(/[^\w-]/g, '');
  const lut = useMemo(() => buildLut(palettes[palette]), [palette]);

  // Bad data from user code must not take the page down: show the reason instead.
  const prepared = useMemo<Prepared>(() => {
    try {
      return { view: prepareView(spec, head), error: null };
    } catch (e) {
      return { view: null, error: e instanceof Error ? e.message : String(e) };
    }
  }, [spec, head]);

  const title = spec.title ?? t('heatmap.defaultTitle');
  const view = prepared.view;
  const heads = useMemo(
    () => headNames(view?.headCount ?? 0, spec.headLabels, (n) => t('heatmap.headN', { n })),
    [view?.headCount, spec.headLabels, t],
  );
  const hasRowTitle = Boolean(spec.rowAxisLabel);
  const hasColTitle = Boolean(spec.colAxisLabel);
  const layout = useMemo(
    () =>
      view
        ? layoutHeatmap(view.rowLabels, view.colLabels, size, {
            row: hasRowTitle,
            col: hasColTitle,
          })
        : null,
    [view, size, hasRowTitle, hasColTitle],
  );

  if (!view || !layout) {
    return (
      <figure className={styles.root}>
        <figcaption className={styles.title}>{title}</figcaption>
        <p className={styles.error} role="alert">
          {t('heatmap.error', { reason: prepared.error ?? '' })}
        </p>
      </figure>
    );
  }

  const headName =
    view.headCount > 0
      ? view.head === 'average'
        ? t('heatmap.average')
        : heads[view.head]
      : undefined;
  const label = describe(t, view, title, headName);
  const empty = view.rows === 0 || view.cols === 0;
  const corner = [spec.rowAxisLabel, spec.colAxisLabel].filter(Boolean).join(' \\ ');
  const win = tableWindow(view.rows, view.cols);
  const words = kindWords(t);

  const getSvg = () =>
    buildSvg(view, {
      layout,
      lut,
      range: view.range,
      rowLabels: view.rowLabels,
      colLabels: view.colLabels,
      title,
      description: label,
      rowAxisLabel: spec.rowAxisLabel,
      colAxisLabel: spec.colAxisLabel,
      imageHref:
        view.rows * view.cols > SVG_CELL_LIMIT
          ? canvasRef.current?.toDataURL('image/png')
          : undefined,
    });
  const getCsv = () =>
    toCsv(view, { rowLabels: view.rowLabels, colLabels: view.colLabels, corner });

  return (
    <figure className={styles.root}>
      <figcaption className={styles.title}>{title}</figcaption>
      <div className={styles.toolbar}>
        {view.headCount > 0 ? (
          <label>
            {t(spec.sliceAxis ? `heatmap.slice.${spec.sliceAxis}` : 'heatmap.head')}{' '}
            <select
              className={styles.select}
              value={String(view.head)}
              onChange={(e) =>
                setHead(e.target.value === 'average' ? 'average' : Number(e.target.value))
              }
            >
              {heads.map((name, h) => (
                <option key={h} value={h}>
                  {name}
                </option>
              ))}
              <option value="average">{t('heatmap.average')}</option>
            </select>
          </label>
        ) : null}
        <TableToggle t={t} shown={showTable} onToggle={() => setShowTable((s) => !s)} />
        {!compact && !empty ? (
          <ExportButtons
            t={t}
            fileBase={fileStem(spec.title)}
            getCanvas={() => canvasRef.current}
            getSvg={getSvg}
            getCsv={getCsv}
          />
        ) : null}
      </div>
      {empty ? (
        <p className={styles.note}>{t('heatmap.empty')}</p>
      ) : (
        <HeatmapPlot
          view={view}
          layout={layout}
          lut={lut}
          t={t}
          label={label}
          size={size}
          canvasRef={canvasRef}
          rowAxisLabel={spec.rowAxisLabel}
          colAxisLabel={spec.colAxisLabel}
        />
      )}
      <ColourLegend
        lut={lut}
        range={view.range}
        t={t}
        idBase={idBase}
        showMasked={view.maskedCount > 0}
        showNonFinite={view.nonFiniteCount > 0}
      />
      {view.sumsToOne ? <p className={styles.note}>{t('heatmap.rowsSumToOne')}</p> : null}
      {showTable && !empty ? (
        <DataTable
          caption={t('heatmap.tableCaption', { title })}
          corner={corner}
          rowLabels={view.rowLabels.slice(0, win.rows)}
          colLabels={view.colLabels.slice(0, win.cols)}
          cell={(r, c) => {
            const i = r * view.cols + c;
            return formatCell(view.values[i], cellKind(view.values[i], view.mask[i] === 1), words);
          }}
          note={
            win.capped
              ? t('heatmap.tableCapped', {
                  rows: win.rows,
                  cols: win.cols,
                  totalRows: view.rows,
                  totalCols: view.cols,
                })
              : undefined
          }
        />
      ) : null}
    </figure>
  );
}
