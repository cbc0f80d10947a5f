'use client';

import { useRef, useState } from 'react';
import type { LabModelFile } from '@/lib/lab/modelFile';
import { useLabT, useProblemText } from './labMessages';
import styles from './Lab.module.css';

type Saved = Omit<LabModelFile, 'app' | 'kind' | 'version'>;

/** Export the latest saved model as a file, or import one (checked; a bad file says why). */
export function ModelFiles({
  file,
  disabled,
  onLoad,
  onNotice,
}: {
  file: Saved | null;
  disabled: boolean;
  onLoad: (file: LabModelFile) => void;
  onNotice: (text: string) => void;
}) {
  const t = useLabT();
  const problemText = useProblemText();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);

  const exportFile = async () => {
    if (!file) return;
    const { exportLabModel } = await import('@/lib/lab/modelFile');
    const blob = new Blob([exportLabModel(file)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `attention-lab-${file.config.task}-step${file.step}.json`;
    a.click();
    URL.revokeObjectURL(url);
  };

  const importFile = async (picked: File) => {
    const { readLabModel, maxFileBytes } = await import('@/lib/lab/modelFile');
    if (picked.size > maxFileBytes) {
      setError(t('lab.importFailed.too-large'));
      return;
    }
    const read = readLabModel(await picked.text());
    if (!read.ok) {
      const detail = read.problem ? problemText(read.problem) : '';
      setError(t(`lab.importFailed.${read.reason}`, { detail }));
      return;
    }
    setError(null);
    onLoad(read.file);
    const { saveLast } = await import('@/lib/lab/saveLast');
    await saveLast(read.file).catch(() => onNotice(t('lab.storageUnavailable')));
  };

  return (
    <section aria-labelledby="lab-model">
      <h2 id="lab-model">{t('lab.model')}</h2>
      <div className={styles.bar}>
        <button type="button" disabled={!file || disabled} onClick={() => void exportFile()}>
          {t('lab.export')}
        </button>
        <label className={styles.fileButton}>
          {t('lab.import')}
          <input
            ref={input}
            className={styles.visuallyHidden}
            type="file"
            accept="application/json,.json"
            disabled={disabled}
            onChange={(e) => {
              const picked = e.target.files?.[0];
              if (picked) void importFile(picked);
              e.target.value = '';
            }}
          />
        </label>
        {file && <span>{t('lab.saved', { step: file.step })}</span>}
      </div>
      {error && (
        <p className={styles.alert} role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
