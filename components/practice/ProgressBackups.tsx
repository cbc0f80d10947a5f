'use client';

import { useState } from 'react';
import { useLocale, useT } from '../LocaleContext';
import type { Progress } from './progress';
import styles from './practice.module.css';

/** Offers a JSON file for download, as the export does. */
export function downloadJson(file: string, text: string): void {
  const blob = new Blob([text], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * The copies of damaged progress set aside on load (lib/progress/store.ts): each can be
 * downloaded as it was, restored (every record that can be read replaces the current progress),
 * or deleted. Shown for as long as a copy exists, not only on the visit that set it aside.
 */
export function ProgressBackups({ progress }: { progress: Progress }) {
  const t = useT();
  const locale = useLocale();
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  if (progress.backups.length === 0) return null;
  const dateOf = (at: number) =>
    new Date(at).toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    });

  const download = async (key: string, at: number) => {
    const value = await progress.readBackup(key);
    const stamp = new Date(at).toISOString().slice(0, 19).replace(/:/g, '-');
    downloadJson(`attention-atlas-progress-set-aside-${stamp}.json`, JSON.stringify(value));
  };
  const restore = async (key: string) => {
    if (!window.confirm(t('practice.backup.restoreConfirm'))) return;
    const ok = await progress.restoreBackup(key);
    setMessage(
      ok
        ? { text: t('practice.backup.restored') }
        : { text: t('practice.backup.unreadable'), error: true },
    );
  };
  const remove = async (key: string) => {
    if (!window.confirm(t('practice.backup.removeConfirm'))) return;
    await progress.removeBackup(key);
    setMessage(null);
  };

  return (
    <div data-testid="progress-backups">
      <h3>{t('practice.backup.title')}</h3>
      <ul className={styles.plainList}>
        {progress.backups.map(({ key, at }) => (
          <li key={key}>
            {t('practice.backup.item', { date: dateOf(at) })}{' '}
            <span className={styles.row}>
              <button type="button" onClick={() => void download(key, at)}>
                {t('practice.backup.download')}
              </button>
              <button type="button" onClick={() => void restore(key)}>
                {t('practice.backup.restore')}
              </button>
              <button type="button" onClick={() => void remove(key)}>
                {t('practice.backup.remove')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? styles.error : ''}>
          {message.text}
        </p>
      )}
    </div>
  );
}
