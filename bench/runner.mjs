// npm run bench:runner — click-to-heatmap for an L = 64 self-attention on each backend, cold
// (first run after the page loads) and warm (median of 5 more), through the playground; and the
// question page's JavaScript before and after the editor loads.
import { gzipSync } from 'node:zlib';
import { firstLoadBytes, launchChromium, median, printTable, serveBuild } from './harness.mjs';
import lz from 'lz-string';

const code = `const L = 64;
const tokens = Array.from({ length: L }, (_, i) => 't' + i);
const x = tf.randomNormal([L, 64], 0, 1, 'float32', 1);
const { output, weights } = scaledDotProductAttention(x, x, x);
show.heatmap(weights, { rows: tokens, cols: tokens, title: 'L = 64' });
console.log(Date.now());
tf.dispose([x, output, weights]);
`;

const server = await serveBuild(4502);
const browser = await launchChromium();
const rows = [];
try {
  for (const backend of ['webgpu', 'webgl', 'wasm', 'cpu']) {
    const page = await browser.newPage();
    const state = lz.compressToEncodedURIComponent(
      JSON.stringify({ code, backend, timeoutMs: 30000 }),
    );
    await page.goto(`${server.url}/playground/#s=${state}`);
    // The link is decoded just after the page starts: wait until the panel shows its code.
    await page.getByText('const L = 64;').first().waitFor({ timeout: 30_000 });
    const run = page.getByRole('button', { name: /Run/ });
    const logs = page.getByLabel('Console output');
    const clickToHeatmap = async () => {
      const before = (await logs.count()) ? await logs.textContent() : '';
      const start = Date.now();
      await run.click();
      await page.waitForFunction(
        (prev) => {
          const el = document.querySelector('[aria-label="Console output"]');
          return el && el.textContent !== prev && document.querySelector('[role="img"] canvas');
        },
        before,
        { timeout: 60_000 },
      );
      return Date.now() - start;
    };
    const cold = await clickToHeatmap();
    const warm = [];
    for (let i = 0; i < 5; i++) warm.push(await clickToHeatmap());
    const status = await page.getByTestId('run-status').textContent();
    rows.push({
      backend,
      'cold ms': cold,
      'warm ms (median of 5)': median(warm),
      'panel says': status.trim(),
    });
    await page.close();
  }
  printTable(rows, ['backend', 'cold ms', 'warm ms (median of 5)', 'panel says']);

  // JavaScript a question page loads: its first load, then what the editor adds when it loads.
  // A fresh context, so nothing comes from the cache of the runs above.
  const page = await (await browser.newContext()).newPage();
  const bytes = { first: 0, editor: 0 };
  let phase = 'first';
  page.on('response', async (response) => {
    if (!/\.js(\?|$)/.test(response.url())) return;
    const during = phase; // read now: the body arrives after the phase may have moved on
    try {
      bytes[during] += gzipSync(await response.body()).length;
    } catch {
      // A response without a body (a redirect) adds nothing.
    }
  });
  await page.goto(`${server.url}/questions/attention-basics/`, { waitUntil: 'load' });
  phase = 'editor';
  // The editor is loaded once Monaco shows and has fetched its type bundle.
  const types = page.waitForResponse((r) => r.url().includes('editor-types.json'), {
    timeout: 60_000,
  });
  await page.locator('.monaco-editor').first().waitFor({ timeout: 60_000 });
  await types;
  console.log(
    `\nQuestion page JS (gzip): first load ${(firstLoadBytes('out/questions/attention-basics/index.html') / 1024).toFixed(1)} kB ` +
      `(its <script src> tags); loaded after that, on idle, for the editor, the runner's worker ` +
      `and the types: ${(bytes.editor / 1024).toFixed(1)} kB`,
  );
  console.log(`Chromium ${browser.version()}, ${new Date().toISOString()}`);
} finally {
  await browser.close();
  server.stop();
}
