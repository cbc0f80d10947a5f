// npm run bench:attention — times scaledDotProductAttention and multiHeadAttention (8 heads,
// features 64) for L = 16, 64, 256, 1024 on every backend, in headless Chromium, through the
// site's /diagnostics page. Cold = first call at that size; warm = median of 5 after warm-up.
import { launchChromium, printTable, serveBuild } from './harness.mjs';

const server = await serveBuild(4501);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}/diagnostics/?repeats=5`);
  await page.getByRole('button', { name: 'Run the benchmark' }).click();
  const json = await page.getByTestId('bench-json').textContent({ timeout: 15 * 60_000 });
  const { rows, unavailable } = JSON.parse(json);
  const cpu = new Map(
    rows.filter((r) => r.backend === 'cpu').map((r) => [`${r.fn}:${r.length}`, r.warmMs]),
  );
  printTable(
    rows.map((r) => ({
      function: r.fn === 'multiHeadAttention' ? 'multiHeadAttention (8 heads)' : r.fn,
      L: r.length,
      backend: r.backend,
      'cold ms': r.coldMs.toFixed(1),
      'warm ms': r.warmMs.toFixed(2),
      'warm / cpu': (r.warmMs / cpu.get(`${r.fn}:${r.length}`)).toFixed(2),
    })),
    ['function', 'L', 'backend', 'cold ms', 'warm ms', 'warm / cpu'],
  );
  for (const [backend, why] of Object.entries(unavailable))
    console.log(`${backend}: unavailable (${why})`);
  console.log(`\nChromium ${browser.version()}, ${new Date().toISOString()}`);
} finally {
  await browser.close();
  server.stop();
}
