'use client';

import { useRef, useState } from 'react';
import { useDueCount } from '@/lib/progress/useProgress';
import { useT } from '../LocaleContext';
import type { Progress } from './progress';
import { downloadJson, ProgressBackups } from './ProgressBackups';
import styles from './practice.module.css';

/**
 * Export to a JSON file, import one back (checked before anything is replaced), clear.
 * A bad file leaves the current progress as it was and says why. Records of exercises the site
 * does not have (`isKnown`) are left out of an import, and the learner is told how many.
 */
// Export and import check the whole file (zod) and migrate old ones (ts-fsrs): that code loads
// when the learner uses them, not with the practice page.
const loadTransfer = () => import('@/lib/progress/transfer');

export function ProgressTools({
  progress,
  isKnown,
}: {
  progress: Progress;
  isKnown: (exerciseId: string) => boolean;
}) {
  const t = useT();
  const fileInput = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const records = Object.values(progress.data.exercises);
  const due = useDueCount();

  const download = async () => {
    const { exportProgress } = await loadTransfer();
    const now = new Date();
    const file = `attention-atlas-progress-${now.toISOString().slice(0, 10)}.json`;
    downloadJson(file, exportProgress(progress.data, now));
    setMessage({ text: t('practice.exported', { file }) });
  };

  const upload = async (file: File | undefined) => {
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setMessage({ text: t('practice.importError.read'), error: true });
      return;
    }
    const { importProgress, withoutUnknownExercises } = await loadTransfer();
    const result = importProgress(text);
    if (!result.ok) {
      setMessage({
        text: t(`practice.importError.${result.reason}`, { detail: result.detail ?? '' }),
        error: true,
      });
      return;
    }
    // Cancelling says nothing more, and an earlier file's error no longer applies.
    if (records.length > 0 && !window.confirm(t('practice.importConfirm'))) {
      setMessage(null);
      return;
    }
    const known = withoutUnknownExercises(result.data, isKnown);
    await progress.replace(known.data);
    setMessage({
      text:
        known.dropped.length > 0
          ? t('practice.importedUnknown', { n: known.dropped.length })
          : result.migratedFrom
            ? t('practice.importedMigrated', { version: result.migratedFrom })
            : t('practice.imported'),
    });
  };

  const clear = async () => {
    if (!window.confirm(t('practice.clearConfirm'))) return;
    await progress.clear();
    setMessage({ text: t('practice.cleared') });
  };

  return (
    <section className={styles.card} aria-labelledby="practice-progress">
      <h2 id="practice-progress">{t('practice.progress')}</h2>
      <p>
        {t('practice.progressStats', {
          answered: records.length,
          right: records.filter((r) => r.lastResult === 'right').length,
          due: due ?? 0,
        })}
      </p>
      <div className={styles.row}>
        <button type="button" onClick={download}>
          {t('practice.export')}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('practice.import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          data-testid="progress-file"
          onChange={(e) => {
            void upload(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        <button type="button" onClick={clear} disabled={records.length === 0}>
          {t('practice.clear')}
        </button>
      </div>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? styles.error : ''}>
          {message.text}
        </p>
      )}
      <ProgressBackups progress={progress} />
    </section>
  );
}
