'use client';

import { useEffect, useRef, useState } from 'react';
import { useT } from '../LocaleContext';
import styles from './practice.module.css';

/**
 * "End the session", asked first: ending early settles every item not answered as missed, so
 * one stray click must not do it. The question gets focus, and "Keep going" is its first answer.
 */
export function EndSession({ onEnd }: { onEnd: () => void }) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const keepGoing = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) keepGoing.current?.focus();
  }, [asking]);

  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)}>
        {t('practice.endEarly')}
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby="end-session-question" className={styles.confirm}>
      <p id="end-session-question">{t('practice.endConfirm')}</p>
      <div className={styles.row}>
        <button ref={keepGoing} type="button" onClick={() => setAsking(false)}>
          {t('practice.endKeepGoing')}
        </button>
        <button type="button" className={styles.primary} onClick={onEnd}>
          {t('practice.endNow')}
        </button>
      </div>
    </div>
  );
}
