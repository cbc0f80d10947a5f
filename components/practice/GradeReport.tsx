'use client';

import { sharedScale } from '@/lib/practice/grading/heatmaps';
import type { GradeCaseResult, GradeFailure, GradeResult } from '@/lib/practice/grading/types';
import { Heatmap } from '../charts/Heatmap';
import { useLocale, useT } from '../LocaleContext';
import styles from './practice.module.css';

type T = ReturnType<typeof useT>;

const shapeText = (shape?: number[]) => (shape ? `[${shape.join(', ')}]` : '?');
const num = (x: number) => Number(x.toPrecision(4)).toString();
/** "weights[0, 2, 1]" for a named output, "[0, 2, 1]" for a drill's single result. */
const where = (output: string | undefined, index?: number[]) =>
  `${output ?? ''}${shapeText(index)}`;

/**
 * How every case ended (each runs on its own: passed, failed with its worst element, or threw),
 * and for the first failure why, with heatmaps on one shared colour scale.
 */
export function GradeReport({
  result,
  functionName,
}: {
  result: GradeResult;
  functionName: string;
}) {
  const t = useT();
  if (result.run.error && result.cases.length === 0) return null;
  const passedCount = result.cases.filter((c) => c.passed).length;
  return (
    <div className={styles.grade} data-testid="grade-report" data-passed={result.passed}>
      <p role="status" className={styles.verdictLine} data-correct={result.passed}>
        {result.passed
          ? `✓ ${t('practice.drill.passed', { total: result.totalCases, hidden: result.hiddenCases })}`
          : `✗ ${t('practice.drill.someFail', { passed: passedCount, total: result.totalCases })}`}
      </p>
      <CaseList cases={result.cases} />
      {result.failure && <FailureView failure={result.failure} functionName={functionName} />}
    </div>
  );
}

/** Each case and how it ended; hidden cases numbered, since their sizes are drawn anew. */
export function CaseList({ cases }: { cases: GradeCaseResult[] }) {
  const t = useT();
  if (cases.length === 0) return null;
  let hiddenNumber = 0;
  return (
    <ul className={styles.cases} aria-label={t('practice.drill.cases')}>
      {cases.map((c, i) => {
        const label = c.hidden
          ? t('practice.drill.hiddenCase', { n: ++hiddenNumber, name: c.name })
          : c.name;
        return (
          <li key={i} data-status={c.status}>
            {caseMark(c)} {label}: {caseState(t, c)}
          </li>
        );
      })}
    </ul>
  );
}

function caseMark(c: GradeCaseResult): string {
  return c.status === 'passed' ? '✓' : c.status === 'threw' ? '⚠' : '✗';
}

function caseState(t: T, c: GradeCaseResult): string {
  if (c.status === 'passed') return t('practice.drill.casePass');
  if (c.status === 'threw') return t('practice.drill.caseThrew', { error: c.error ?? '?' });
  if (c.reason === 'values' && c.worst) {
    return t('practice.drill.caseWorst', {
      index: where(c.output, c.worst.index),
      gap: num(c.worst.gap),
      allowance: num(c.worst.allowance),
    });
  }
  return `${t('practice.drill.caseFail')}: ${t(`practice.drill.caseReason.${c.reason ?? 'type'}`)}`;
}

function reasonText(t: T, failure: GradeFailure, functionName: string): string {
  switch (failure.reason) {
    case 'shape':
      return t('practice.drill.reason.shape', {
        want: shapeText(failure.expectedShape),
        got: shapeText(failure.actualShape),
      });
    case 'values':
      return t('practice.drill.reason.values', {
        index: shapeText(failure.worst?.index),
        want: num(failure.worst?.want ?? NaN),
        got: num(failure.worst?.got ?? NaN),
        gap: num(failure.worst?.gap ?? NaN),
        allowance: num(failure.worst?.allowance ?? NaN),
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
}

function FailureView({ failure, functionName }: { failure: GradeFailure; functionName: string }) {
  const t = useT();
  const locale = useLocale();
  // Expected and actual share one scale, so equal colours mean equal values; the difference
  // keeps its own, since its values are on another scale altogether.
  const scale = sharedScale([failure.expected, failure.actual]);
  const results = [
    [failure.expected, t('practice.drill.expected'), scale],
    [failure.actual, t('practice.drill.actual'), scale],
    [failure.difference, t('practice.drill.difference'), undefined],
  ] as const;
  return (
    <div className={styles.failure}>
      {failure.reason !== 'missing-function' && (
        <p>
          {t(failure.hidden ? 'practice.drill.failedHidden' : 'practice.drill.failed', {
            name: failure.caseName,
          })}
        </p>
      )}
      {failure.output && <p>{t('practice.drill.output', { name: failure.output })}</p>}
      <p role="alert">{reasonText(t, failure, functionName)}</p>
      {scale && failure.expected && failure.actual && (
        <p className={styles.hint} data-testid="shared-scale">
          {t('practice.drill.sharedScale', { min: num(scale.min), max: num(scale.max) })}
        </p>
      )}
      <div className={styles.heatmaps}>
        {results.map(([display, label, range]) =>
          display ? (
            <div key={label}>
              <p className={styles.heatmapLabel}>{label}</p>
              <Heatmap
                spec={{ ...display, title: `${label}: ${display.title ?? ''}`, scale: range }}
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
