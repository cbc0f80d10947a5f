// npm run bench:attention — times scaledDotProductAttention and multiHeadAttention (8 heads,
// features 64) for L = 16, 64, 256, 1024 on every backend, in headless Chromium, through the
// site's /diagnostics page. Cold = first call at that size; warm = median of 5 after warm-up.
// Each backend runs in a page of its own, so one that crashes does not take the others along.
import { launchChromium, printTable, serveBuild } from './harness.mjs';

// BENCH_BACKENDS=webgpu BENCH_LENGTHS=16,64,256 narrows a run (e.g. for a slow emulated GPU).
const backends = (process.env.BENCH_BACKENDS ?? 'cpu,wasm,webgl,webgpu').split(',');
const lengths = process.env.BENCH_LENGTHS ? `&lengths=${process.env.BENCH_LENGTHS}` : '';
const server = await serveBuild(4501);
const browser = await launchChromium();
const rows = [];
const problems = [];
try {
  for (const backend of backends) {
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}/diagnostics/?repeats=5&backends=${backend}${lengths}`);
      await page.getByRole('button', { name: 'Run the benchmark' }).click();
      const json = await page.getByTestId('bench-json').textContent({ timeout: 8 * 60_000 });
      const result = JSON.parse(json);
      rows.push(...result.rows);
      for (const [b, why] of Object.entries(result.unavailable))
        problems.push(`${b}: unavailable (${why})`);
    } catch (error) {
      problems.push(`${backend}: failed (${String(error.message).split('\n')[0]})`);
    } finally {
      await page.close().catch(() => {});
    }
  }
  const cpu = new Map(
    rows.filter((r) => r.backend === 'cpu').map((r) => [`${r.fn}:${r.length}`, r.warmMs]),
  );
  rows.sort((a, b) => a.fn.localeCompare(b.fn) || a.length - b.length);
  printTable(
    rows.map((r) => ({
      function: r.fn === 'multiHeadAttention' ? 'multiHeadAttention (8 heads)' : r.fn,
      L: r.length,
      backend: r.backend,
      'cold ms': r.coldMs.toFixed(1),
      'warm ms': r.warmMs.toFixed(2),
      'warm / cpu': cpu.has(`${r.fn}:${r.length}`)
        ? (r.warmMs / cpu.get(`${r.fn}:${r.length}`)).toFixed(2)
        : '-',
    })),
    ['function', 'L', 'backend', 'cold ms', 'warm ms', 'warm / cpu'],
  );
  for (const line of problems) console.log(line);
  console.log(`\nChromium ${browser.version()}, ${new Date().toISOString()}`);
} finally {
  await browser.close();
  server.stop();
}
