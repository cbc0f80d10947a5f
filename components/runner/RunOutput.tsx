'use client';

import type { Display, RunResult } from '@/lib/runtime/displays';
import { AttentionSteps } from '../charts/AttentionSteps';
import { Heatmap } from '../charts/Heatmap';
import { LineChart } from '../charts/LineChart';
import { useLocale, useT } from '../LocaleContext';
import styles from './CodeRunner.module.css';

/** What one run produced: its status line, error, console and displays. */
export function RunOutput({ result }: { result: RunResult }) {
  const t = useT();
  const locale = useLocale();
  const { error } = result;
  return (
    <div className={styles.output}>
      <p className={styles.status} data-testid="run-status">
        {error?.kind === 'timeout' || error?.kind === 'crash' ? (
          t('runner.notRun')
        ) : error?.kind === 'readback' ? (
          // Never "Ran on" over values that did not come back.
          t('runner.readFailed', { backend: result.backend })
        ) : (
          <>
            {t('runner.ranOn', { backend: result.backend, ms: result.timeMs.toFixed(1) })}
            {result.firstRunOnBackend && result.backend === 'webgpu' && (
              <> {t('runner.warmupNote')}</>
            )}
          </>
        )}
      </p>
      {result.fallbackNote && (
        <p className={styles.note}>{t('runner.fallback', { why: result.fallbackNote })}</p>
      )}
      {result.readFallback && (
        <p className={styles.note} data-testid="read-fallback">
          {t('runner.readFallback', { ...result.readFallback, backend: result.backend })}
        </p>
      )}
      {error && (
        <div className={styles.error} role="alert">
          <strong>{t(`runner.error.${error.kind}`)}</strong>
          {error.location && (
            <span>
              {' '}
              {t('runner.atLine', { line: error.location.line, column: error.location.column })}
            </span>
          )}
          <pre>{error.message}</pre>
        </div>
      )}
      {result.leakedTensors > 0 && (
        <p className={styles.note}>{t('runner.leaked', { n: result.leakedTensors })}</p>
      )}
      {result.logs.length > 0 && (
        <pre className={styles.console} aria-label={t('runner.console')}>
          {result.logs.map((line, i) => (
            <div key={i} data-level={line.level}>
              {line.level !== 'log' && line.level !== 'info' ? `${line.level}: ` : ''}
              {line.text}
            </div>
          ))}
          {result.logsTruncated && <div>{t('runner.logsCut', { n: result.logs.length })}</div>}
        </pre>
      )}
      <div className={styles.displays}>
        {result.displays.map((display, i) => (
          <DisplayView key={i} display={display} locale={locale} />
        ))}
      </div>
    </div>
  );
}

function DisplayView({ display, locale }: { display: Display; locale: 'en' | 'zh' }) {
  switch (display.kind) {
    case 'heatmap':
      return <Heatmap spec={display} locale={locale} />;
    case 'steps':
      return (
        <AttentionSteps
          steps={display}
          queryLabels={display.rowLabels}
          keyLabels={display.colLabels}
          locale={locale}
          size={260}
        />
      );
    case 'line':
      return (
        <LineChart
          series={display.series}
          x={display.x}
          title={display.title}
          xLabel={display.xLabel}
          yLabel={display.yLabel}
          locale={locale}
        />
      );
    case 'table':
      return (
        <table className={styles.table}>
          {display.title && <caption>{display.title}</caption>}
          <thead>
            <tr>
              {display.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {display.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c}>{typeof cell === 'number' ? Number(cell.toPrecision(6)) : cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}
