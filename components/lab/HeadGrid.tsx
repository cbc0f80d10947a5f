'use client';

import { Heatmap } from '@/components/charts/Heatmap';
import type { LabConfig } from '@/lib/lab/config';
import type { ProbeResult } from '@/lib/lab/trainer';
import { useLocale } from '../LocaleContext';
import { useLabT } from './labMessages';
import styles from './Lab.module.css';

/** One heatmap per layer and head on the probe, each with a switch that removes the head. */
export function HeadGrid({
  config,
  probe,
  headsOff,
  onHeadsOff,
}: {
  config: LabConfig;
  probe: ProbeResult;
  headsOff: number[][];
  onHeadsOff: (next: number[][]) => void;
}) {
  const t = useLabT();
  const locale = useLocale();
  const L = probe.input.length;
  const labels = probe.input.map((token, i) => `${i}:${token}`);
  const toggle = (layer: number, head: number, on: boolean) => {
    const next = Array.from({ length: config.layers }, (_, l) => [...(headsOff[l] ?? [])]);
    next[layer] = on ? next[layer].filter((h) => h !== head) : [...next[layer], head].sort();
    onHeadsOff(next);
  };
  const off = headsOff.reduce((n, layer) => n + layer.length, 0);
  return (
    <section aria-labelledby="lab-heads">
      <h2 id="lab-heads">{t('lab.heads')}</h2>
      <p>{t('lab.headsHint')}</p>
      {off > 0 && <p role="status">{t('lab.headsOffNote', { count: off })}</p>}
      {probe.weights.map((layerWeights, layer) => (
        <div key={layer} className={styles.grid}>
          {Array.from({ length: config.heads }, (_, head) => {
            const on = !(headsOff[layer] ?? []).includes(head);
            const title = t('lab.headTitle', { layer: layer + 1, head: head + 1 });
            return (
              <figure key={head} data-testid="lab-head">
                <Heatmap
                  compact
                  size={240}
                  locale={locale}
                  spec={{
                    title,
                    data: layerWeights.slice(head * L * L, (head + 1) * L * L),
                    shape: [L, L],
                    rowLabels: labels,
                    colLabels: labels,
                    rowAxisLabel: t('heatmap.query'),
                    colAxisLabel: t('heatmap.key'),
                  }}
                />
                <label>
                  <input
                    type="checkbox"
                    checked={on}
                    onChange={(e) => toggle(layer, head, e.target.checked)}
                  />{' '}
                  {t('lab.headOn', { layer: layer + 1, head: head + 1 })}
                </label>
              </figure>
            );
          })}
        </div>
      ))}
    </section>
  );
}
