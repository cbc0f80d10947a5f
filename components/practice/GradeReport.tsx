'use client';

import type { GradeFailure, GradeResult } from '@/lib/practice/grading/types';
import { Heatmap } from '../charts/Heatmap';
import { useLocale, useT } from '../LocaleContext';
import styles from './practice.module.css';

const shapeText = (shape?: number[]) => (shape ? `[${shape.join(', ')}]` : '?');
const num = (x: number) => Number(x.toPrecision(4)).toString();

/** The cases a submission passed, and for the first failure why, with heatmaps side by side. */
export function GradeReport({
  result,
  functionName,
}: {
  result: GradeResult;
  functionName: string;
}) {
  const t = useT();
  const visible = result.cases.filter((c) => !c.hidden);
  const hidden = result.cases.filter((c) => c.hidden);
  if (result.run.error && result.cases.length === 0) return null;
  return (
    <div className={styles.grade} data-testid="grade-report" data-passed={result.passed}>
      <p role="status" className={styles.verdictLine} data-correct={result.passed}>
        {result.passed
          ? `✓ ${t('practice.drill.passed', { total: result.totalCases, hidden: result.hiddenCases })}`
          : result.failure
            ? `✗ ${t(result.failure.hidden ? 'practice.drill.failedHidden' : 'practice.drill.failed', { name: result.failure.caseName })}`
            : `✗ ${t('practice.wrong')}`}
      </p>
      <ul className={styles.cases} aria-label={t('practice.drill.cases')}>
        {visible.map((c) => (
          <li key={c.name}>
            {c.passed ? '✓' : '✗'} {c.name}: {caseState(t, result, c.name, c.passed)}
          </li>
        ))}
        {hidden.length > 0 && (
          <li>
            {hidden.every((c) => c.passed) ? '✓' : '✗'}{' '}
            {t('practice.drill.hiddenCases', { n: hidden.length })}:{' '}
            {hidden.filter((c) => c.passed).length} / {hidden.length} {t('practice.drill.casePass')}
          </li>
        )}
      </ul>
      {result.failure && <FailureView failure={result.failure} functionName={functionName} />}
    </div>
  );
}

function caseState(t: ReturnType<typeof useT>, result: GradeResult, name: string, passed: boolean) {
  if (passed) return t('practice.drill.casePass');
  return result.failure?.caseName === name
    ? t('practice.drill.caseFail')
    : t('practice.drill.caseNotRun');
}

function FailureView({ failure, functionName }: { failure: GradeFailure; functionName: string }) {
  const t = useT();
  const locale = useLocale();
  const reason = (() => {
    switch (failure.reason) {
      case 'shape':
        return t('practice.drill.reason.shape', {
          want: shapeText(failure.expectedShape),
          got: shapeText(failure.actualShape),
        });
      case 'values':
        return t('practice.drill.reason.values', {
          error: num(failure.maxError ?? NaN),
          index: shapeText(failure.worst?.index),
          want: num(failure.worst?.want ?? NaN),
          got: num(failure.worst?.got ?? NaN),
        });
      case 'nan':
        return t('practice.drill.reason.nan', {
          index: shapeText(failure.worst?.index),
          want: num(failure.worst?.want ?? NaN),
        });
      case 'type':
        return t('practice.drill.reason.type', {
          want: failure.expectedKind ?? '?',
          got: failure.actualKind ?? '?',
        });
      case 'missing-function':
        return t('practice.drill.reason.missing-function', { name: functionName });
    }
  })();
  const results = [
    [failure.expected, t('practice.drill.expected')],
    [failure.actual, t('practice.drill.actual')],
    [failure.difference, t('practice.drill.difference')],
  ] as const;
  return (
    <div className={styles.failure}>
      {failure.output && <p>{t('practice.drill.output', { name: failure.output })}</p>}
      <p role="alert">{reason}</p>
      <div className={styles.heatmaps}>
        {results.map(([display, label]) =>
          display ? (
            <div key={label}>
              <p className={styles.heatmapLabel}>{label}</p>
              <Heatmap
                spec={{ ...display, title: `${label}: ${display.title ?? ''}` }}
                locale={locale}
                compact
              />
            </div>
          ) : null,
        )}
      </div>
      {failure.inputs.length > 0 && (
        <details open>
          <summary>{t('practice.drill.inputs')}</summary>
          <div className={styles.heatmaps}>
            {failure.inputs.map((input, i) => (
              <Heatmap key={i} spec={input} locale={locale} compact />
            ))}
          </div>
        </details>
      )}
    </div>
  );
}
