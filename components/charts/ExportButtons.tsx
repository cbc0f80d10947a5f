'use client';

import { useState } from 'react';
import type { Translate } from '@/lib/i18n/messages';
import { canvasToBlob, copyText, downloadBlob } from './download';
import styles from './Heatmap.module.css';

export interface ExportButtonsProps {
  t: Translate;
  fileBase: string;
  /** The painted cells; null when there is nothing drawn yet. */
  getCanvas: () => HTMLCanvasElement | null;
  /** Builders run on click only: a big matrix's SVG or CSV is megabytes we should not keep. */
  getSvg: () => string;
  getCsv: () => string;
}

export function ExportButtons({ t, fileBase, getCanvas, getSvg, getCsv }: ExportButtonsProps) {
  const [status, setStatus] = useState('');

  async function run(action: () => Promise<string>) {
    try {
      setStatus(await action());
    } catch (e) {
      setStatus(t('heatmap.exportFailed', { reason: e instanceof Error ? e.message : String(e) }));
    }
  }

  const png = () =>
    run(async () => {
      const canvas = getCanvas();
      if (!canvas) throw new Error('no canvas');
      downloadBlob(await canvasToBlob(canvas), `${fileBase}.png`);
      return '';
    });

  const svg = () =>
    run(async () => {
      downloadBlob(new Blob([getSvg()], { type: 'image/svg+xml' }), `${fileBase}.svg`);
      return '';
    });

  const csv = () =>
    run(async () => {
      const text = getCsv();
      if (await copyText(text)) return t('heatmap.copied');
      downloadBlob(new Blob([text], { type: 'text/csv' }), `${fileBase}.csv`);
      return t('heatmap.clipboardFallback');
    });

  return (
    <span role="group" aria-label={t('heatmap.exportLabel')} className={styles.group}>
      <button type="button" className={styles.button} onClick={png}>
        {t('heatmap.exportPng')}
      </button>
      <button type="button" className={styles.button} onClick={svg}>
        {t('heatmap.exportSvg')}
      </button>
      <button type="button" className={styles.button} onClick={csv}>
        {t('heatmap.copyCsv')}
      </button>
      <span role="status" className={styles.status}>
        {status}
      </span>
    </span>
  );
}
