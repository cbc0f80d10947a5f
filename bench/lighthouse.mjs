// npm run bench:lighthouse — Lighthouse 12 performance and accessibility for the home page, two
// question pages, the practice page and the playground, in headless Chromium against the static
// build. Lighthouse's default (mobile) settings: a simulated slow 4G and a 4x slower CPU, so
// scores are comparable between machines only roughly; they are a trend to watch, not a test.
//
// The table sets each page's figures beside the previous ones, read from
// bench/lighthouse-previous.json. `npm run bench:lighthouse -- --save-previous` writes this
// run's figures there, to compare the next run with. The machine's load average is printed
// before and after: on a shared machine it explains much of the spread.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import lighthouse from 'lighthouse';
import { launchChromium, median, printTable, serveBuild } from './harness.mjs';

const routes = [
  '/',
  '/questions/attention-basics/',
  '/questions/multi-head-attention/',
  '/practice/',
  '/playground/',
];
// Lighthouse drives the browser over the DevTools protocol on this port; BENCH_PORT moves it and
// the server (port + 1), so two engineers' runs on one machine do not meet.
const benchPort = Number(process.env.BENCH_PORT) || 0;
const port = benchPort || 9333;
const previousFile = new URL('./lighthouse-previous.json', import.meta.url);
const previous = existsSync(previousFile) ? JSON.parse(readFileSync(previousFile, 'utf8')) : null;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

// `--runs=N` (default 1) loads each page N times and reports the median of each figure: the
// simulated throttling still scales what the trace observed, so a busy machine moves one run.
const runs = Math.max(1, Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7)) || 1);
// `--report-dir=DIR` keeps each run's full Lighthouse JSON there, to open in the viewer.
const reportDir = process.argv.find((a) => a.startsWith('--report-dir='))?.slice(13);

/** Where a page's time went, from one run's report: the LCP element and its phases, what blocked rendering, the main thread's largest costs. */
function whereTimeWent(audits) {
  const lines = [];
  const lcpItems = audits['largest-contentful-paint-element']?.details?.items ?? [];
  const element = lcpItems[0]?.items?.[0]?.node;
  if (element) lines.push(`LCP element: ${element.nodeLabel} (${element.selector})`);
  const phases = lcpItems[1]?.items;
  if (phases)
    lines.push(
      `LCP phases: ${phases.map((p) => `${p.phase} ${Math.round(p.timing)} ms`).join(', ')}`,
    );
  const blocking = audits['render-blocking-resources']?.details?.items ?? [];
  if (blocking.length)
    lines.push(
      `render-blocking: ${blocking.map((b) => `${b.url.replace(/^https?:\/\/[^/]+/, '')} ${Math.round(b.wastedMs)} ms`).join(', ')}`,
    );
  const work = audits['mainthread-work-breakdown']?.details?.items ?? [];
  if (work.length)
    lines.push(
      `main thread: ${work
        .slice(0, 4)
        .map((w) => `${w.groupLabel} ${Math.round(w.duration)} ms`)
        .join(', ')}`,
    );
  const scripts = audits['bootup-time']?.details?.items ?? [];
  if (scripts.length)
    lines.push(
      `scripts: ${scripts
        .slice(0, 3)
        .map((b) => `${b.url.replace(/^https?:\/\/[^/]+/, '')} ${Math.round(b.total)} ms`)
        .join(', ')}`,
    );
  // The long tasks themselves (the simulated run's), with the script each is attributed to:
  // what TBT is made of.
  const long = audits['long-tasks']?.details?.items ?? [];
  if (long.length)
    lines.push(
      `long tasks: ${long
        .slice(0, 6)
        .map(
          (t) =>
            `${t.url.replace(/^https?:\/\/[^/]+/, '') || '?'} at ${Math.round(t.startTime)} ms ${Math.round(t.duration)} ms`,
        )
        .join(', ')}`,
    );
  const dom = audits['dom-size']?.numericValue;
  const bytes = audits['total-byte-weight']?.numericValue;
  if (dom) lines.push(`DOM ${dom} elements, ${Math.round(bytes / 1024)} KiB transferred`);
  return lines;
}

const loadBefore = load();
const server = await serveBuild(benchPort ? benchPort + 1 : 4503);
const browser = await launchChromium({ extraArgs: [`--remote-debugging-port=${port}`] });
const rows = [];
const figures = {};
const notes = [];
let version = '?';
try {
  if (reportDir) mkdirSync(reportDir, { recursive: true });
  for (const route of routes) {
    const samples = [];
    let accessibility = 100;
    let medianRun = null;
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(`${server.url}${route}`, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      });
      const { categories, audits } = result.lhr;
      version = result.lhr.lighthouseVersion;
      if (reportDir) {
        const name = `${route.replace(/\W+/g, '_') || 'home'}-${i + 1}.json`;
        writeFileSync(`${reportDir}/${name}`, result.report);
      }
      accessibility = Math.min(accessibility, Math.round(categories.accessibility.score * 100));
      samples.push({
        performance: Math.round(categories.performance.score * 100),
        tbt: Math.round(audits['total-blocking-time'].numericValue),
        fcp: audits['first-contentful-paint'].numericValue,
        lcp: audits['largest-contentful-paint'].numericValue,
        cls: audits['cumulative-layout-shift'].numericValue,
        audits,
      });
      // An accessibility score below 100 names what it found, so the number is actionable.
      if (i === 0) {
        const failed = Object.values(audits).filter(
          (a) =>
            a.score !== null &&
            a.score < 1 &&
            categories.accessibility.auditRefs.some((r) => r.id === a.id && r.weight > 0),
        );
        for (const a of failed)
          console.log(`${route}: accessibility audit "${a.id}" failed (${a.title})`);
      }
    }
    const mid = (key) => median(samples.map((x) => x[key]));
    // The run whose score is the median explains it best.
    medianRun = [...samples].sort((a, b) => a.performance - b.performance)[
      (samples.length - 1) >> 1
    ];
    const now = { performance: Math.round(mid('performance')), tbt: Math.round(mid('tbt')) };
    figures[route] = now;
    const before = previous?.routes[route];
    rows.push({
      route,
      performance: now.performance,
      was: before?.performance ?? '-',
      'TBT ms': now.tbt,
      'TBT was': before?.tbt ?? '-',
      accessibility,
      'FCP s': (mid('fcp') / 1000).toFixed(1),
      'LCP s': (mid('lcp') / 1000).toFixed(1),
      CLS: mid('cls').toFixed(3),
      runs: samples.map((x) => x.performance).join('/'),
    });
    notes.push(
      `${route} (the median run):`,
      ...whereTimeWent(medianRun.audits).map((l) => `  ${l}`),
    );
  }
  const columns = ['route', 'performance', 'was', 'TBT ms', 'TBT was', 'accessibility'];
  printTable(rows, [...columns, 'FCP s', 'LCP s', 'CLS', 'runs']);
  console.log(`\nWhere the time went:\n${notes.join('\n')}`);
  const when = new Date().toISOString();
  console.log(
    `\nLighthouse ${version}, mobile defaults (simulated throttling), median of ${runs} run(s) per page; Chromium ${browser.version()}, ${when}` +
      `\nLoad average (1, 5, 15 min) before: ${loadBefore}, after: ${load()}` +
      (previous
        ? `\n"was": ${previous.note}`
        : '\nNo previous figures (bench/lighthouse-previous.json).'),
  );
  if (process.argv.includes('--save-previous')) {
    const note = `${when}, load average before ${loadBefore}, after ${load()}`;
    writeFileSync(previousFile, `${JSON.stringify({ note, routes: figures }, null, 2)}\n`);
    console.log(`Saved as the previous figures: ${previousFile.pathname}`);
  }
} finally {
  await browser.close();
  server.stop();
}
