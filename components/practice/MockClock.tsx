'use client';

import { useEffect, useState } from 'react';
import { useT } from '../LocaleContext';
import styles from './practice.module.css';

/** The mock interview's countdown. It reads the clock each second, so a hidden tab stays right. */
export function MockClock({ deadline, onTimeUp }: { deadline: number; onTimeUp: () => void }) {
  const t = useT();
  const [now, setNow] = useState(() => Date.now());
  const left = Math.max(0, deadline - now);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  useEffect(() => {
    if (left === 0) onTimeUp();
  }, [left, onTimeUp]);
  const seconds = Math.ceil(left / 1000);
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return (
    <p className={styles.clock}>
      {t('practice.mock.timeLeft')}:{' '}
      <span role="timer" aria-live="off">
        {text}
      </span>
    </p>
  );
}
