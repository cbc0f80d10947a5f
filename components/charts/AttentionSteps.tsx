'use client';

import { useMemo } from 'react';
import type { HeatmapSpec, MatrixData, PaletteName } from '@/lib/heatmap/types';
import { translator, type Locale, type MessageKey } from '@/lib/i18n/messages';
import { Heatmap } from './Heatmap';
import styles from './Heatmap.module.css';

/** The intermediate results of scaled dot-product attention, each [L, S] (output [L, d_v]). */
export interface AttentionStepsData {
  scores: MatrixData;
  scaled: MatrixData;
  /** -Infinity entries are drawn as masked. */
  masked: MatrixData;
  weights: MatrixData;
  output: MatrixData;
}

export interface AttentionStepsProps {
  steps: AttentionStepsData;
  /** One label per query (row) token. */
  queryLabels?: string[];
  /** One label per key (column) token. */
  keyLabels?: string[];
  locale?: Locale;
  /** Largest width of each panel. */
  size?: number;
  palette?: PaletteName;
}

const ORDER = ['scores', 'scaled', 'masked', 'weights', 'output'] as const;
const CAPTION: Record<(typeof ORDER)[number], MessageKey> = {
  scores: 'heatmap.step.scores',
  scaled: 'heatmap.step.scaled',
  masked: 'heatmap.step.masked',
  weights: 'heatmap.step.weights',
  output: 'heatmap.step.output',
};

/**
 * QKᵀ → scaled → masked → softmax → output side by side, wrapping on narrow screens. Each panel
 * has its own colour range: the steps differ in scale by design, and one shared range would
 * flatten the softmax weights into a single colour.
 */
export function AttentionSteps({
  steps,
  queryLabels,
  keyLabels,
  locale = 'en',
  size = 280,
  palette = 'viridis',
}: AttentionStepsProps) {
  const t = useMemo(() => translator(locale), [locale]);
  const specs = useMemo(
    () =>
      ORDER.map((name): HeatmapSpec => {
        const isOutput = name === 'output';
        return {
          ...steps[name],
          title: t(CAPTION[name]),
          rowLabels: queryLabels,
          // The output's columns are value features, not key tokens.
          colLabels: isOutput ? undefined : keyLabels,
          rowAxisLabel: t('heatmap.query'),
          colAxisLabel: isOutput ? t('heatmap.feature') : t('heatmap.key'),
        };
      }),
    [steps, queryLabels, keyLabels, t],
  );

  return (
    <section aria-label={t('heatmap.steps')} className={styles.steps}>
      {specs.map((spec, i) => (
        <Heatmap key={ORDER[i]} spec={spec} locale={locale} size={size} palette={palette} compact />
      ))}
    </section>
  );
}
