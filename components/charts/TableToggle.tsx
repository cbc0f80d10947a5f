'use client';

import type { Translate } from '@/lib/i18n/messages';
import styles from './Heatmap.module.css';

/** The "Show table" / "Hide table" button every chart has, for its table alternative. */
export function TableToggle({
  t,
  shown,
  onToggle,
}: {
  t: Translate;
  shown: boolean;
  onToggle: () => void;
}) {
  return (
    <button type="button" className={styles.button} aria-pressed={shown} onClick={onToggle}>
      {shown ? t('heatmap.hideTable') : t('heatmap.showTable')}
    </button>
  );
}
