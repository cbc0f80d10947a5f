// npm run bench:lighthouse — Lighthouse 12 performance and accessibility for the home page, two
// question pages, the practice page and the playground, in headless Chromium against the static
// build. Lighthouse's default (mobile) settings: a simulated slow 4G and a 4x slower CPU, so
// scores are comparable between machines only roughly; they are a trend to watch, not a test.
//
// The table sets each page's figures beside the previous ones, read from
// bench/lighthouse-previous.json. `npm run bench:lighthouse -- --save-previous` writes this
// run's figures there, to compare the next run with. The machine's load average is printed
// before and after: on a shared machine it explains much of the spread.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import lighthouse from 'lighthouse';
import { launchChromium, printTable, serveBuild } from './harness.mjs';

const routes = [
  '/',
  '/questions/attention-basics/',
  '/questions/multi-head-attention/',
  '/practice/',
  '/playground/',
];
const port = 9333; // Lighthouse drives the browser over the DevTools protocol on this port.
const previousFile = new URL('./lighthouse-previous.json', import.meta.url);
const previous = existsSync(previousFile) ? JSON.parse(readFileSync(previousFile, 'utf8')) : null;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

const loadBefore = load();
const server = await serveBuild(4503);
const browser = await launchChromium({ extraArgs: [`--remote-debugging-port=${port}`] });
const rows = [];
const figures = {};
let version = '?';
try {
  for (const route of routes) {
    const result = await lighthouse(`${server.url}${route}`, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    const { categories, audits } = result.lhr;
    version = result.lhr.lighthouseVersion;
    const score = (c) => Math.round(c.score * 100);
    const now = {
      performance: score(categories.performance),
      tbt: Math.round(audits['total-blocking-time'].numericValue),
    };
    figures[route] = now;
    const before = previous?.routes[route];
    rows.push({
      route,
      performance: now.performance,
      was: before?.performance ?? '-',
      'TBT ms': now.tbt,
      'TBT was': before?.tbt ?? '-',
      accessibility: score(categories.accessibility),
      'FCP s': (audits['first-contentful-paint'].numericValue / 1000).toFixed(1),
      'LCP s': (audits['largest-contentful-paint'].numericValue / 1000).toFixed(1),
      CLS: audits['cumulative-layout-shift'].numericValue.toFixed(3),
    });
    // An accessibility score below 100 names what it found, so the number is actionable.
    const failed = Object.values(audits).filter(
      (a) =>
        a.score !== null &&
        a.score < 1 &&
        categories.accessibility.auditRefs.some((r) => r.id === a.id && r.weight > 0),
    );
    for (const a of failed)
      console.log(`${route}: accessibility audit "${a.id}" failed (${a.title})`);
  }
  const columns = ['route', 'performance', 'was', 'TBT ms', 'TBT was', 'accessibility'];
  printTable(rows, [...columns, 'FCP s', 'LCP s', 'CLS']);
  const when = new Date().toISOString();
  console.log(
    `\nLighthouse ${version}, mobile defaults (simulated throttling); Chromium ${browser.version()}, ${when}` +
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
