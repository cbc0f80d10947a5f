'use client';

import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { examplesByLocale } from '@/lib/playground/examples';
import type { PlaygroundState } from '@/lib/playground/urlEncode';
import { RunnerPanel } from './CodeRunner';
import { useLocale, useT } from '../LocaleContext';
import styles from './Playground.module.css';

type Encoder = typeof import('@/lib/playground/urlEncode');

// Neither half of the link's codec is in the first load. Writing (lz-string) loads right after
// the page starts; reading, with its check (zod), only when the page has a link to read.
const loadEncoder = (): Promise<Encoder> => import('@/lib/playground/urlEncode');
const loadDecoder = () => import('@/lib/playground/urlState');

/**
 * A free-form runner. Code and settings live in the URL's hash, so a link reproduces them; a
 * link never runs anything by itself: the visitor presses Run.
 */
export function Playground() {
  const t = useT();
  // The examples in the page's language: the same programs, worded for the reader.
  const locale = useLocale();
  const examples = examplesByLocale[locale];
  const defaultState = useMemo<PlaygroundState>(
    () => ({ code: examples[0].code, backend: 'auto', timeoutMs: 5000 }),
    [examples],
  );
  const [state, setState] = useState<PlaygroundState>(defaultState);
  const [badLink, setBadLink] = useState<string | null>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  // Bumped whenever the code is set from outside the editor (a link, an example, Reset), the
  // only times the editor takes the code from here (see CodeEditor).
  const [revision, setRevision] = useState(0);
  // Once loaded, the encoder writes the hash synchronously, so the URL never lags an edit.
  const encoder = useRef<Encoder | null>(null);
  // Reset returns to the example being shown; code of one's own has nothing to reset to.
  const original = examples.find((e) => e.code === state.code)?.code ?? state.code;

  // The hash is read on arrival and whenever it changes from outside (a pasted link, Back).
  useEffect(() => {
    let live = true;
    const read = async (event?: HashChangeEvent) => {
      const loaded = await loadEncoder();
      if (!live) return;
      encoder.current = loaded;
      if (!loaded.carriesState(window.location.hash)) {
        setBadLink(null);
        // Arriving without a link leaves alone what the learner may already be typing.
        if (!event) return;
        setState(defaultState);
        setRevision((r) => r + 1);
        return;
      }
      const decoder = await loadDecoder();
      if (!live) return;
      const decoded = decoder.decodeState(window.location.hash);
      setBadLink(decoded.ok ? null : decoder.brokenLinkText(decoded.coded, locale));
      setState((decoded.ok && decoded.state) || defaultState);
      setRevision((r) => r + 1);
    };
    void read();
    window.addEventListener('hashchange', read);
    return () => {
      live = false;
      window.removeEventListener('hashchange', read);
    };
  }, [defaultState, locale]);

  const writeHash = useCallback((next: PlaygroundState) => {
    const write = (e: Encoder) => window.history.replaceState(null, '', e.encodeState(next));
    if (encoder.current) write(encoder.current);
    else void loadEncoder().then(write);
  }, []);

  const update = (patch: Partial<PlaygroundState>) => {
    const next = { ...state, ...patch };
    setState(next);
    writeHash(next);
    setCopied(null);
  };

  const replaceCode = (code: string) => {
    update({ code });
    setRevision((r) => r + 1);
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
      {badLink !== null && (
        <p role="alert" className={styles.alert}>
          {t('playground.badLink', { why: badLink })}
        </p>
      )}
      <div className={styles.bar}>
        <label>
          {t('playground.example')}
          <select
            value={examples.find((e) => e.code === state.code)?.id ?? ''}
            onChange={(e) => {
              const example = examples.find((x) => x.id === e.target.value);
              if (example) replaceCode(example.code);
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
      {/* A boundary of its own: hydrated in a separate pass, start-up is two shorter tasks. */}
      <Suspense>
        <RunnerPanel
          code={state.code}
          revision={revision}
          original={original}
          onChange={(code) => update({ code })}
          onReset={() => replaceCode(original)}
          backend={state.backend}
          onBackendChange={(backend) => update({ backend })}
          timeoutMs={state.timeoutMs}
          modelName="playground"
        />
      </Suspense>
    </section>
  );
}
