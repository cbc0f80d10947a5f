import type { Translate } from '@/lib/i18n/messages';
import { formatCell, formatNumber, type KindWords } from './format';
import type { HeatmapView } from './prepare';
import { cellKind } from './range';
import type { CellPosition } from './types';

export function kindWords(t: Translate): KindWords {
  return {
    masked: t('heatmap.masked'),
    nan: t('heatmap.nan'),
    posInf: t('heatmap.posInf'),
    negInf: t('heatmap.negInf'),
  };
}

/**
 * The chart's aria-label: what it is, its size, the value range, and anything unusual (masked
 * or non-finite cells, row sums), so a screen reader user gets what a glance gives others.
 */
export function describe(
  t: Translate,
  view: Pick<
    HeatmapView,
    'rows' | 'cols' | 'range' | 'maskedCount' | 'nonFiniteCount' | 'sumsToOne'
  >,
  title: string,
  headName?: string,
): string {
  const parts: string[] = [];
  const base = { title, rows: view.rows, cols: view.cols };
  parts.push(
    view.range.finiteCount > 0
      ? t('heatmap.describe', {
          ...base,
          min: formatNumber(view.range.min),
          max: formatNumber(view.range.max),
        })
      : t('heatmap.describeNoValues', base),
  );
  if (headName) parts.push(t('heatmap.describeHead', { head: headName }));
  if (view.maskedCount > 0) parts.push(t('heatmap.describeMasked', { count: view.maskedCount }));
  if (view.nonFiniteCount > 0) {
    parts.push(t('heatmap.describeNonFinite', { count: view.nonFiniteCount }));
  }
  if (view.sumsToOne) parts.push(t('heatmap.rowsSumToOne'));
  return parts.join(' ');
}

/** "row the, column cat, value 0.123": the live-region and tooltip text for one cell. */
export function describeCell(t: Translate, view: HeatmapView, cell: CellPosition): string {
  const i = cell.row * view.cols + cell.col;
  const v = view.values[i];
  return t('heatmap.cell', {
    row: view.rowLabels[cell.row],
    col: view.colLabels[cell.col],
    value: formatCell(v, cellKind(v, view.mask[i] === 1), kindWords(t)),
  });
}
