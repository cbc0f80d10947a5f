'use client';

import type { LabConfig } from '@/lib/lab/config';
import { presetIds, presets } from '@/lib/lab/presets';
import { useLabT } from './labMessages';
import styles from './Lab.module.css';

/** Presets that each teach one thing; picking one resets the lab to its settings. */
export function LabPresets({
  disabled,
  onPick,
}: {
  disabled: boolean;
  onPick: (config: LabConfig) => void;
}) {
  const t = useLabT();
  return (
    <section aria-labelledby="lab-presets">
      <h2 id="lab-presets">{t('lab.presets')}</h2>
      <ul className={styles.presets}>
        {presetIds.map((id) => (
          <li key={id} className={styles.preset}>
            <h3 id={`preset-${id}`}>{t(`lab.preset.${id}.title`)}</h3>
            <p>{t(`lab.preset.${id}.text`)}</p>
            <button
              type="button"
              disabled={disabled}
              aria-describedby={`preset-${id}`}
              data-preset={id}
              onClick={() => onPick(presets[id])}
            >
              {t('lab.presetApply')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
