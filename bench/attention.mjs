// npm run bench:attention — times scaledDotProductAttention (naive), flashAttention (64 keys per
// tile) and multiHeadAttention (8 heads), features 64, for L = 16, 64, 256, 1024 on every backend,
// in headless Chromium, through the site's /diagnostics page. Cold = first call at that size;
// warm = median of 5 after warm-up; peak = most tensor memory alive at once during a call.
// Each backend runs in a page of its own, so one that crashes does not take the others along.
import { launchChromium, printTable, serveBuild } from './harness.mjs';

const labels = {
  multiHeadAttention: 'multiHeadAttention (8 heads)',
  scaledDotProductAttention: 'scaledDotProductAttention (naive)',
  flashAttention: 'flashAttention (64 keys/tile)',
};

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
  const naive = new Map(
    rows
      .filter((r) => r.fn === 'scaledDotProductAttention')
      .map((r) => [`${r.backend}:${r.length}`, r]),
  );
  const flashVsNaive = (r) => {
    const n = naive.get(`${r.backend}:${r.length}`);
    if (!n) return '-';
    return `time ${(r.warmMs / n.warmMs).toFixed(2)}, memory ${(r.peakBytes / n.peakBytes).toFixed(2)}`;
  };
  printTable(
    rows.map((r) => ({
      function: labels[r.fn] ?? r.fn,
      L: r.length,
      backend: r.backend,
      'cold ms': r.coldMs.toFixed(1),
      'warm ms': r.warmMs.toFixed(2),
      'warm / cpu': cpu.has(`${r.fn}:${r.length}`)
        ? (r.warmMs / cpu.get(`${r.fn}:${r.length}`)).toFixed(2)
        : '-',
      'peak KiB': (r.peakBytes / 1024).toFixed(0),
      // Flash against the naive method, same backend and L: time and peak memory ratios.
      'flash / naive': r.fn === 'flashAttention' ? flashVsNaive(r) : '-',
    })),
    ['function', 'L', 'backend', 'cold ms', 'warm ms', 'warm / cpu', 'peak KiB', 'flash / naive'],
  );
  for (const line of problems) console.log(line);
  console.log(`\nChromium ${browser.version()}, ${new Date().toISOString()}`);
} finally {
  await browser.close();
  server.stop();
}
