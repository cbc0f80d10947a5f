'use client';

import { useState } from 'react';
import { LineChart } from '@/components/charts/LineChart';
import type { LabConfig } from '@/lib/lab/config';
import { useLocale } from '../LocaleContext';
import { useLabT } from './labMessages';
import { HeadGrid } from './HeadGrid';
import styles from './Lab.module.css';
import { ProbeBox } from './ProbeBox';
import type { LabState } from './useLabTraining';

/** What training shows: curves, the heads on the probe, the timeline and the probe box. */
export default function LabView({
  config,
  state,
  probe,
  headsOff,
  onHeadsOff,
  onProbe,
}: {
  config: LabConfig;
  state: LabState;
  probe: number[];
  headsOff: number[][];
  onHeadsOff: (next: number[][]) => void;
  onProbe: (sequence: number[] | null) => void;
}) {
  const t = useLabT();
  const locale = useLocale();
  // null follows training; a number pins the timeline to that snapshot.
  const [pinned, setPinned] = useState<number | null>(null);
  const snapshots = state.snapshots;
  const index = pinned === null ? snapshots.length - 1 : Math.min(pinned, snapshots.length - 1);
  const shown = snapshots[index];
  const steps = state.history.map((h) => h.step);
  return (
    <div>
      <section aria-labelledby="lab-charts">
        <h2 id="lab-charts">{t('lab.charts')}</h2>
        <div className={styles.charts}>
          <LineChart
            locale={locale}
            size={420}
            title={t('lab.chart.loss')}
            xLabel={t('lab.chart.step')}
            x={steps}
            series={[{ name: t('lab.chart.loss'), values: state.history.map((h) => h.loss) }]}
          />
          <LineChart
            locale={locale}
            size={420}
            title={t('lab.chart.accuracy')}
            xLabel={t('lab.chart.step')}
            x={steps}
            series={[
              { name: t('lab.chart.accuracy'), values: state.history.map((h) => h.accuracy) },
            ]}
          />
        </div>
      </section>
      {snapshots.length > 1 && (
        <section aria-labelledby="lab-timeline">
          <h2 id="lab-timeline">{t('lab.timeline')}</h2>
          <div className={styles.bar}>
            <input
              type="range"
              min={0}
              max={snapshots.length - 1}
              value={index}
              aria-label={t('lab.timelineLabel', { step: shown?.step ?? 0 })}
              aria-valuetext={String(shown?.step ?? 0)}
              onChange={(e) => setPinned(Number(e.target.value))}
            />
            <span>{t('lab.timelineLabel', { step: shown?.step ?? 0 })}</span>
            <button type="button" disabled={pinned === null} onClick={() => setPinned(null)}>
              {t('lab.timelineLive')}
            </button>
          </div>
        </section>
      )}
      <ProbeBox
        key={probe.join(' ')}
        config={config}
        probe={probe}
        result={shown?.probe}
        accuracy={state.probeAccuracy}
        onProbe={onProbe}
      />
      {shown && (
        <HeadGrid config={config} probe={shown.probe} headsOff={headsOff} onHeadsOff={onHeadsOff} />
      )}
    </div>
  );
}
