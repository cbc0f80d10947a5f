'use client';

import { useState } from 'react';
import type { Fixture } from '@/lib/fixtures/fixtureRunner';
import type { BackendReport } from '@/lib/runtime/backendCheck';
import type { BackendName } from '@/lib/runtime/backends';
import type { BenchRow } from '@/lib/runtime/benchAttention';
import { useT } from '../LocaleContext';
import styles from './BackendDiagnostics.module.css';

type Bench = { rows: BenchRow[]; unavailable: Record<string, string> };

/**
 * Runs the PyTorch reference fixtures, and optionally a benchmark, on every tfjs backend this
 * browser has. tfjs loads only when a button is pressed.
 */
export function BackendDiagnostics() {
  const t = useT();
  const [reports, setReports] = useState<BackendReport[] | null>(null);
  const [bench, setBench] = useState<Bench | null>(null);
  const [busy, setBusy] = useState<'check' | 'bench' | null>(null);
  const [error, setError] = useState<string | null>(null);

  const check = async () => {
    setBusy('check');
    setError(null);
    try {
      const [fixtures, { checkBackends }] = await Promise.all([
        fetch('/diagnostics/fixtures.json').then((r) => r.json() as Promise<Fixture[]>),
        import('@/lib/runtime/backendCheck'),
      ]);
      setReports(await checkBackends(fixtures, window.location.origin));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
    setBusy(null);
  };

  const runBench = async () => {
    setBusy('bench');
    setError(null);
    try {
      const { benchAttention } = await import('@/lib/runtime/benchAttention');
      const params = new URLSearchParams(window.location.search);
      const repeats = Number(params.get('repeats')) || 5;
      // ?backends=webgl,cpu limits the run, so a benchmark script can give each backend a page.
      const only = params.get('backends')?.split(',') as BackendName[] | undefined;
      const lengths = params.get('lengths')?.split(',').map(Number);
      setBench(await benchAttention(window.location.origin, repeats, only, lengths));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
    setBusy(null);
  };

  return (
    <section>
      <h1>{t('diagnostics.title')}</h1>
      <p>{t('diagnostics.intro')}</p>
      <p className={styles.actions}>
        <button type="button" onClick={check} disabled={busy !== null}>
          {busy === 'check' ? t('diagnostics.checking') : t('diagnostics.check')}
        </button>
        <button type="button" onClick={runBench} disabled={busy !== null}>
          {busy === 'bench' ? t('diagnostics.benchmarking') : t('diagnostics.bench')}
        </button>
      </p>
      {error && <p role="alert">{error}</p>}
      {reports && <FixtureTable reports={reports} />}
      {bench && <BenchTable bench={bench} />}
    </section>
  );
}

function FixtureTable({ reports }: { reports: BackendReport[] }) {
  const t = useT();
  return (
    <table className={styles.table} data-testid="backend-report">
      <caption>{t('diagnostics.fixturesCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('diagnostics.backend')}</th>
          <th scope="col">{t('diagnostics.result')}</th>
          <th scope="col">{t('diagnostics.worst')}</th>
          <th scope="col">{t('diagnostics.failures')}</th>
        </tr>
      </thead>
      <tbody>
        {reports.map((r) => {
          const passed = r.results.filter((x) => x.pass).length;
          const worst = Math.max(0, ...r.results.flatMap((x) => x.keys.map((k) => k.maxError)));
          const failed = r.results.filter((x) => !x.pass);
          return (
            <tr
              key={r.backend}
              data-backend={r.backend}
              data-passed={passed}
              data-total={r.results.length}
            >
              <th scope="row">{r.backend}</th>
              <td>
                {r.available
                  ? t('diagnostics.passed', { passed, total: r.results.length })
                  : t('diagnostics.unavailable', { why: r.note ?? '' })}
              </td>
              <td>{r.available ? worst.toExponential(2) : '–'}</td>
              <td>
                {failed
                  .map(
                    (f) =>
                      `${f.name}: ${
                        f.error ??
                        f.keys
                          .filter((k) => !k.pass)
                          .map((k) => `${k.key} ${k.problem ?? k.maxError.toExponential(2)}`)
                          .join(', ')
                      }`,
                  )
                  .join('; ') || '–'}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function BenchTable({ bench }: { bench: Bench }) {
  const t = useT();
  const cpu = new Map(
    bench.rows.filter((r) => r.backend === 'cpu').map((r) => [`${r.fn}:${r.length}`, r.warmMs]),
  );
  return (
    <>
      <table className={styles.table} data-testid="bench-report">
        <caption>{t('diagnostics.benchCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('diagnostics.function')}</th>
            <th scope="col">L</th>
            <th scope="col">{t('diagnostics.backend')}</th>
            <th scope="col">{t('diagnostics.cold')}</th>
            <th scope="col">{t('diagnostics.warm')}</th>
            <th scope="col">{t('diagnostics.vsCpu')}</th>
            <th scope="col">{t('diagnostics.peak')}</th>
          </tr>
        </thead>
        <tbody>
          {bench.rows.map((r) => {
            const base = cpu.get(`${r.fn}:${r.length}`);
            return (
              <tr key={`${r.fn}-${r.length}-${r.backend}`}>
                <td>{r.fn}</td>
                <td>{r.length}</td>
                <td>{r.backend}</td>
                <td>{r.coldMs.toFixed(1)}</td>
                <td>{r.warmMs.toFixed(2)}</td>
                <td>{base ? `${(r.warmMs / base).toFixed(2)}×` : '–'}</td>
                <td>{(r.peakBytes / 1024).toFixed(0)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {Object.entries(bench.unavailable).map(([b, why]) => (
        <p key={b}>{t('diagnostics.unavailableBackend', { backend: b, why })}</p>
      ))}
      <pre hidden data-testid="bench-json">
        {JSON.stringify(bench)}
      </pre>
    </>
  );
}
