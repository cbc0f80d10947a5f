'use client';

import { useState, useSyncExternalStore } from 'react';
import { examples } from '@/lib/playground/examples';
import { decodeState, encodeState, type PlaygroundState } from '@/lib/playground/urlState';
import { RunnerPanel } from './CodeRunner';
import { useT } from './LocaleContext';
import styles from './Playground.module.css';

const hashEvent = 'atlas:hash';

function subscribeHash(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  window.addEventListener(hashEvent, onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener(hashEvent, onChange);
  };
}

const defaultState: PlaygroundState = { code: examples[0].code, backend: 'auto', timeoutMs: 5000 };

/**
 * A free-form runner. Code and settings live in the URL's hash, so a link reproduces them; a
 * link never runs anything by itself: the visitor presses Run.
 */
export function Playground() {
  const t = useT();
  const hash = useSyncExternalStore(
    subscribeHash,
    () => window.location.hash,
    () => '',
  );
  const decoded = decodeState(hash);
  const state = (decoded.ok && decoded.state) || defaultState;
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  // Reset returns to the example being shown; code of one's own has nothing to reset to.
  const original = examples.find((e) => e.code === state.code)?.code ?? state.code;

  const update = (patch: Partial<PlaygroundState>) => {
    window.history.replaceState(null, '', encodeState({ ...state, ...patch }));
    window.dispatchEvent(new Event(hashEvent));
    setCopied(null);
  };

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  };

  return (
    <section className={styles.playground}>
      <h1>{t('playground.title')}</h1>
      <p>{t('playground.intro')}</p>
      {!decoded.ok && (
        <p role="alert" className={styles.alert}>
          {t('playground.badLink', { why: decoded.reason })}
        </p>
      )}
      <div className={styles.bar}>
        <label>
          {t('playground.example')}
          <select
            value={examples.find((e) => e.code === state.code)?.id ?? ''}
            onChange={(e) => {
              const example = examples.find((x) => x.id === e.target.value);
              if (example) update({ code: example.code });
            }}
          >
            <option value="" disabled>
              {t('playground.custom')}
            </option>
            {examples.map((e) => (
              <option key={e.id} value={e.id}>
                {e.title}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={copyLink}>
          {t('playground.copyLink')}
        </button>
        <span role="status">
          {copied === 'yes' && t('playground.copied')}
          {copied === 'no' && t('playground.copyFailed')}
        </span>
      </div>
      <RunnerPanel
        code={state.code}
        original={original}
        onChange={(code) => update({ code })}
        backend={state.backend}
        onBackendChange={(backend) => update({ backend })}
        timeoutMs={state.timeoutMs}
        modelName="playground"
      />
    </section>
  );
}
