// npm run bench:lab — training speed of the Attention Lab, driven through the real /lab/ page
// in headless Chromium (one browser run): steps per second on every backend for three model
// sizes, read from the page's own steps/s (measured in the worker around the steps only), and
// the wall time from Start until held-out accuracy reaches 99% on reverse (length 6, vocab 8).
// BENCH_BACKENDS=cpu,webgpu narrows a run; BENCH_SECONDS sets how long each size trains.
import { launchChromium, printTable, serveBuild } from './harness.mjs';

const backends = (process.env.BENCH_BACKENDS ?? 'cpu,wasm,webgl,webgpu').split(',');
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const sizes = [
  { name: 'small (1 layer, 2 heads, width 32)', search: 'l=1&h=2&w=32&b=32' },
  { name: 'medium (2 layers, 4 heads, width 64)', search: 'l=2&h=4&w=64&b=32' },
  { name: 'large (4 layers, 8 heads, width 128)', search: 'l=4&h=8&w=128&b=64&n=16' },
];
const reverse = 'p=learned&h=1&w=16&ao=1&b=16';

// BENCH_PORT moves the server when another run holds the usual port.
const server = await serveBuild(Number(process.env.BENCH_PORT ?? 4502));
const browser = await launchChromium();
const rows = [];
const problems = [];

async function open(backend, search) {
  const page = await browser.newPage();
  await page.goto(`${server.url}/lab/?${search}`);
  await page.getByLabel('Backend').selectOption(backend);
  return page;
}

const metricsOf = async (page) => {
  const text = (await page.getByTestId('lab-metrics').textContent()) ?? '';
  const m = /Step (\d+) · loss ([\d.]+) · accuracy ([\d.]+)% · ([\d.]+|–) steps\/s/.exec(text);
  return m && { step: +m[1], accuracy: +m[3] / 100, speed: m[4] === '–' ? NaN : +m[4] };
};

try {
  for (const backend of backends) {
    for (const size of sizes) {
      let page = null;
      try {
        page = await open(backend, size.search);
        await page.getByRole('button', { name: 'Start' }).click();
        await page.getByTestId('lab-metrics').waitFor({ timeout: 120_000 });
        // The first chunk includes shader compilation; speeds after it are steady.
        await page.waitForTimeout(seconds * 1000);
        const speeds = [];
        for (let i = 0; i < 5; i++) {
          const m = await metricsOf(page);
          if (m && Number.isFinite(m.speed)) speeds.push(m.speed);
          await page.waitForTimeout(400);
        }
        speeds.sort((a, b) => a - b);
        const status = await page.getByTestId('lab-status').textContent();
        if (/stopped/.test(status ?? '')) throw new Error(status);
        rows.push({ backend, size: size.name, speed: speeds[Math.floor(speeds.length / 2)] });
        // Printed as it comes: a slow backend may take minutes, and a partial run still says something.
        console.log(`${backend}, ${size.name}: ${rows.at(-1).speed?.toFixed(1)} steps/s`);
      } catch (error) {
        problems.push(`${backend} ${size.name}: ${String(error.message).split('\n')[0]}`);
      } finally {
        await page?.close().catch(() => {});
      }
    }
    let page = null;
    try {
      page = await open(backend, reverse);
      const t0 = Date.now();
      await page.getByRole('button', { name: 'Start' }).click();
      let reached = null;
      while (Date.now() - t0 < 180_000) {
        const m = await metricsOf(page).catch(() => null);
        if (m && m.accuracy >= 0.99) {
          reached = { seconds: (Date.now() - t0) / 1000, step: m.step };
          break;
        }
        await page.waitForTimeout(100);
      }
      console.log(
        `${backend}, reverse to 99%: ${reached ? `${reached.seconds.toFixed(1)} s` : 'not reached'}`,
      );
      rows.push({
        backend,
        size: 'reverse to 99% (1 layer, 1 head, width 16)',
        speed: NaN,
        toTarget: reached
          ? `${reached.seconds.toFixed(1)} s (step ${reached.step})`
          : 'not in 180 s',
      });
    } catch (error) {
      problems.push(`${backend} reverse: ${String(error.message).split('\n')[0]}`);
    } finally {
      await page?.close().catch(() => {});
    }
  }
  printTable(
    rows.map((r) => ({
      backend: r.backend,
      model: r.size,
      'steps/s': Number.isFinite(r.speed) ? r.speed.toFixed(1) : '-',
      'time to 99%': r.toTarget ?? '-',
    })),
    ['backend', 'model', 'steps/s', 'time to 99%'],
  );
  for (const line of problems) console.log(line);
  console.log(`\nChromium ${browser.version()}, ${new Date().toISOString()}`);
} finally {
  await browser.close();
  server.stop();
}
