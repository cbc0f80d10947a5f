// npm run bench:lighthouse — Lighthouse 12 performance and accessibility scores for the home page
// and one question page, in headless Chromium against the static build. Lighthouse's default
// (mobile) settings: a simulated slow 4G and a 4x slower CPU, so scores are comparable between
// machines only roughly; they are a trend to watch, not a test.
import lighthouse from 'lighthouse';
import { launchChromium, printTable, serveBuild } from './harness.mjs';

const routes = ['/', '/questions/attention-basics/'];
const port = 9333; // Lighthouse drives the browser over the DevTools protocol on this port.

const server = await serveBuild(4503);
const browser = await launchChromium({ extraArgs: [`--remote-debugging-port=${port}`] });
const rows = [];
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
    rows.push({
      route,
      performance: score(categories.performance),
      accessibility: score(categories.accessibility),
      'FCP s': (audits['first-contentful-paint'].numericValue / 1000).toFixed(1),
      'LCP s': (audits['largest-contentful-paint'].numericValue / 1000).toFixed(1),
      'TBT ms': Math.round(audits['total-blocking-time'].numericValue),
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
  printTable(rows, ['route', 'performance', 'accessibility', 'FCP s', 'LCP s', 'TBT ms', 'CLS']);
  console.log(
    `\nLighthouse ${version}, mobile defaults (simulated throttling); ` +
      `Chromium ${browser.version()}, ${new Date().toISOString()}`,
  );
} finally {
  await browser.close();
  server.stop();
}
