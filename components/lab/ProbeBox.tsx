'use client';

import { useState, type FormEvent } from 'react';
import type { LabConfig } from '@/lib/lab/config';
import type { ProbeResult } from '@/lib/lab/trainer';
import { useLabT } from './labMessages';
import styles from './Lab.module.css';

/** (Keyed by the probe, so a new probe resets the text.) Type a sequence and see the model's prediction next to the task's answer, as a table. */
export function ProbeBox({
  config,
  probe,
  result,
  accuracy,
  onProbe,
}: {
  config: LabConfig;
  probe: number[];
  result?: ProbeResult;
  accuracy?: number;
  onProbe: (sequence: number[] | null) => void;
}) {
  const t = useLabT();
  const [text, setText] = useState(probe.join(' '));
  const [bad, setBad] = useState(false);
  const max = config.vocab - 1;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const tokens = text
      .trim()
      .split(/[\s,]+/)
      .map(Number);
    const ok =
      tokens.length === config.length &&
      tokens.every((n) => Number.isInteger(n) && n >= 0 && n <= max);
    setBad(!ok);
    if (ok) onProbe(tokens);
  };

  const row = (name: string, values: (number | string)[]) => (
    <tr>
      <th scope="row">{name}</th>
      {values.map((v, i) => (
        <td key={i}>{v}</td>
      ))}
    </tr>
  );
  return (
    <section aria-labelledby="lab-probe">
      <h2 id="lab-probe">{t('lab.probe')}</h2>
      <form className={styles.bar} onSubmit={submit}>
        <label>
          {t('lab.probeHelp', { max, length: config.length })}{' '}
          <input
            className={styles.tokens}
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={bad}
          />
        </label>
        <button type="submit">{t('lab.probeApply')}</button>
      </form>
      {bad && (
        <p className={styles.alert} role="alert">
          {t('lab.probeBad', { max, length: config.length })}
        </p>
      )}
      {result ? (
        <table className={styles.tokens} data-testid="lab-probe-table">
          <tbody>
            {row(t('lab.probeInput'), result.input)}
            {row(
              t('lab.probePrediction'),
              result.prediction.map((p, i) =>
                result.scored[i] ? `${p}${p === result.target[i] ? ' ✓' : ' ✗'}` : '·',
              ),
            )}
            {row(
              t('lab.probeTarget'),
              result.target.map((y, i) => (result.scored[i] ? y : '·')),
            )}
          </tbody>
        </table>
      ) : (
        <p>{t('lab.probeNeedsModel')}</p>
      )}
      {accuracy !== undefined && (
        <p>{`${t('lab.chart.accuracy')}: ${(accuracy * 100).toFixed(1)}%`}</p>
      )}
    </section>
  );
}
