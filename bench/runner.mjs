// npm run bench:runner — click-to-heatmap through the playground, per backend, for a
// self-attention at L = 16 and L = 64: cold (the first run on a fresh page, worker and backend
// starting) and warm (median of 5 more). Each is split into where the time went:
//   worker start   the runner's worker getting ready, the part after the press (cold only;
//                  pointing at the panel starts it a moment before)
//   backend start  choosing and starting the backend (wasm download, WebGPU set-up)
//   transpile      the learner's TypeScript to JavaScript
//   compute        running the code; on GPU backends this only queues the work ...
//   read-back      ... which finishes here, when the results are read back for the displays
//   answer         the answer's journey: from the worker (posted) through the sandbox frame's
//                  relay to the page
//   drawing        from the answer reaching the page to the heatmap's canvas painted: the
//                  page's check of the message (zod), React, the chart
//   other          the rest: the click itself, the request's way to the worker, the queue
// The worker's figures come with each result (RunResult.phases); the page's are read by a
// wrapper around MessageChannel installed before the page's scripts. Then the question page's
// JavaScript before and after its editor loads.
import { gzipSync } from 'node:zlib';
import { loadavg } from 'node:os';
import { firstLoadBytes, launchChromium, median, printTable, serveBuild } from './harness.mjs';
import lz from 'lz-string';

const sizes = [16, 64];
// `--backends=cpu,wasm` measures only those (the targets name cpu and wasm; a busy machine
// may not have time for all four).
const backends = process.argv
  .find((a) => a.startsWith('--backends='))
  ?.slice(11)
  .split(',') ?? ['webgpu', 'webgl', 'wasm', 'cpu'];
const warmRuns = 5;

const code = (L) => `const L = ${L};
const tokens = Array.from({ length: L }, (_, i) => 't' + i);
const x = tf.randomNormal([L, 64], 0, 1, 'float32', 1);
const { output, weights } = scaledDotProductAttention(x, x, x);
show.heatmap(weights, { rows: tokens, cols: tokens, title: 'L = ${L}' });
tf.dispose([x, output, weights]);
`;

/**
 * Runs in the page before its scripts: notes when each run's result arrives, with its phases,
 * and when a heatmap last painted its canvas (HeatmapPlot paints through putImageData).
 */
function watchResults() {
  const paint = CanvasRenderingContext2D.prototype.putImageData;
  window.__results = [];
  window.__paintedAt = 0;
  // From the press of the button, as the page saw it: none of the driver's own overhead.
  window.addEventListener('pointerdown', (event) => (window.__pressedAt = event.timeStamp), true);
  CanvasRenderingContext2D.prototype.putImageData = function (...args) {
    paint.apply(this, args);
    window.__paintedAt = performance.now();
  };
  const note = (event) => {
    if (event.data?.type === 'result' || event.data?.type === 'answer')
      window.__results.push({ at: performance.now(), phases: event.data.result.phases });
  };
  // The sandboxed runner (issue 15) is reached through a MessageChannel made with its frame:
  // the page's end of it hears every answer.
  const NativeChannel = window.MessageChannel;
  window.MessageChannel = class extends NativeChannel {
    constructor() {
      super();
      this.port1.addEventListener('message', note);
    }
  };
}

const server = await serveBuild(Number(process.env.BENCH_PORT) || 4502);
const browser = await launchChromium();
const loadBefore = loadavg()[0].toFixed(1);
const rows = [];
const colds = [];
const warms = [];
const failures = [];
const round = (ms) => (ms === undefined ? '-' : Math.round(ms));
// A run that draws nothing within this time (an error, a backend that never starts) ends that
// backend's measurement, saying why, and the bench goes on with the next.
const runLimitMs = 90_000;

/** `promise`, or an error saying `what` once `ms` have passed (a page that hangs whole). */
function withLimit(promise, ms, what) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} (${ms / 1000} s)`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/** Cold and warm click-to-heatmap for one size on one backend, in a fresh page. */
async function measure(L, backend) {
  const context = await browser.newContext();
  try {
    await context.addInitScript(watchResults);
    const page = await context.newPage();
    const state = lz.compressToEncodedURIComponent(
      JSON.stringify({ code: code(L), backend, timeoutMs: 30000 }),
    );
    await page.goto(`${server.url}/playground/#s=${state}`);
    // The link is decoded just after the page starts: wait until the panel shows its code.
    await page.getByText(`const L = ${L};`).first().waitFor({ timeout: 30_000 });
    const run = page.getByRole('button', { name: /Run/ });
    const clickToHeatmap = async () => {
      const before = await page.evaluate(() => window.__results.length);
      await run.click();
      // Done when this run's result has arrived and a heatmap has painted after it. Polled by
      // timer, not animation frame: frames stop in a page the browser thinks hidden, and the
      // wait would never end (the times themselves are stamped where they happen).
      const drawnAt = await withLimit(
        page.evaluate(
          ([n, limit]) =>
            new Promise((resolve) => {
              const giveUpAt = performance.now() + limit;
              const check = () => {
                const result = window.__results[n];
                if (result && window.__paintedAt > result.at) resolve(window.__paintedAt);
                else if (performance.now() > giveUpAt) resolve(null);
                else setTimeout(check, 4);
              };
              check();
            }),
          [before, runLimitMs],
        ),
        runLimitMs + 30_000,
        'the page stopped answering',
      );
      if (drawnAt === null) {
        const status = await page
          .getByTestId('run-status')
          .textContent()
          .catch(() => null);
        throw new Error(`no heatmap within ${runLimitMs / 1000} s (${status ?? 'no result'})`);
      }
      const { at, phases = {} } = await page.evaluate((n) => window.__results[n], before);
      const [start, origin] = await page.evaluate(() => [
        window.__pressedAt,
        performance.timeOrigin,
      ]);
      const total = drawnAt - start;
      // The worker stamps its readiness and its answer in epoch ms, which the page's clock can
      // place. Pointing at the panel starts the worker a moment before the press: only the
      // part of its start-up after the press (the sandbox frame, the runner script's fetch and
      // transfer, tfjs evaluating) is in the learner's wait.
      const workerStart =
        phases.workerReadyAt === undefined
          ? undefined
          : Math.max(0, phases.workerReadyAt - origin - start);
      const messages =
        phases.answeredAt === undefined ? undefined : at - (phases.answeredAt - origin);
      const split = {
        'worker start': workerStart,
        'backend start': phases.backendMs,
        transpile: phases.transpileMs,
        compute: phases.computeMs,
        'read-back': phases.readBackMs,
        answer: messages,
        drawing: drawnAt - at,
      };
      const known = Object.values(split).reduce((sum, ms) => sum + (ms ?? 0), 0);
      return { total, ...split, other: total - known };
    };
    const cold = await clickToHeatmap();
    const warm = [];
    for (let i = 0; i < warmRuns; i++) warm.push(await clickToHeatmap());
    const status = (await page.getByTestId('run-status').textContent()).trim();
    return { cold, warm, ran: status.match(/Ran on (\w+)/)?.[1] ?? status };
  } finally {
    await context.close();
  }
}

try {
  for (const L of sizes) {
    for (const backend of backends) {
      let measured;
      try {
        measured = await measure(L, backend);
      } catch (error) {
        failures.push(`L=${L} ${backend}: ${error.message.split('\n')[0]}`);
        rows.push({ L, backend, run: 'failed (see below)' });
        continue;
      }
      const { cold, warm, ran } = measured;
      for (const [kind, figures] of [
        ['cold', [cold]],
        [`warm (median of ${warmRuns})`, warm],
      ]) {
        const med = (key) => {
          const values = figures.map((f) => f[key]).filter((v) => v !== undefined);
          return values.length ? median(values) : undefined;
        };
        if (kind === 'cold') colds.push({ L, backend, ran, figures: cold });
        if (kind !== 'cold') warms.push({ L, backend, ran, med });
        rows.push({
          L,
          backend: ran === backend ? backend : `${backend} (ran on ${ran})`,
          run: kind,
          'click to heatmap ms': round(med('total')),
          'worker start': round(med('worker start')),
          'backend start': round(med('backend start')),
          transpile: round(med('transpile')),
          compute: round(med('compute')),
          'read-back': round(med('read-back')),
          answer: round(med('answer')),
          drawing: round(med('drawing')),
          other: round(med('other')),
        });
      }
    }
  }
  const columns = Object.keys(rows.find((r) => r.other !== undefined) ?? rows[0]);
  printTable(
    rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? '']))),
    columns,
  );
  if (failures.length) console.log(`\nFailed:\n${failures.join('\n')}`);
  console.log(
    `\nms; warm columns are each the median of that column, so they need not add up to the total.` +
      ` Load average (1 min) before: ${loadBefore}, after: ${loadavg()[0].toFixed(1)}`,
  );
  console.log(`\nTargets (issue 16):\n${targetLines(colds, warms).join('\n')}`);

  // JavaScript a question page loads: its first load, then what the editor adds when it loads.
  const context = await browser.newContext();
  const page = await context.newPage();
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
  await page.goto(`${server.url}/questions/attention-basics/`, { waitUntil: 'networkidle' });
  phase = 'editor';
  // The editor loads on intent: point at the first code block, then make the first edit, which
  // starts TypeScript's language service and fetches the type bundle.
  await page.getByTestId('editor-placeholder').first().hover();
  await page.locator('.monaco-editor').first().waitFor({ timeout: 60_000 });
  const types = page.waitForResponse((r) => r.url().includes('editor-types.json'), {
    timeout: 60_000,
  });
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.type(' ');
  await types;
  // The language service's worker may keep the network busy: count what came within a while.
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
  console.log(
    `\nQuestion page JS (gzip): first load ${(firstLoadBytes('out/questions/attention-basics/index.html') / 1024).toFixed(1)} kB ` +
      `(its <script src> tags); loaded on intent, for the editor, its language service, the ` +
      `runner's worker and the output panel: ${(bytes.editor / 1024).toFixed(1)} kB`,
  );
  console.log(`Chromium ${browser.version()}, ${new Date().toISOString()}`);
  await context.close();
} finally {
  await browser.close();
  server.stop();
}

/** The phases of a run, largest first, as 'name ms' (the click-to-heatmap total left out). */
function largestPhases(figures) {
  return Object.entries(figures)
    .filter(([name, ms]) => name !== 'total' && ms !== undefined)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([name, ms]) => `${name} ${Math.round(ms)} ms`)
    .join(', ');
}

/**
 * Each target met or missed; a miss says where the time went. Cold click-to-heatmap on cpu and
 * wasm within 1 s; warm at L = 64 on cpu within twice the compute plus read-back the worker
 * reports (the rest is overhead: messages, drawing, React).
 */
function targetLines(colds, warms) {
  const lines = [];
  for (const { L, backend, ran, figures } of colds) {
    if (backend !== 'cpu' && backend !== 'wasm') continue;
    const ok = figures.total <= 1000;
    lines.push(
      `cold L=${L} ${backend}${ran === backend ? '' : ` (ran on ${ran})`}: ${Math.round(figures.total)} ms ` +
        (ok ? '<= 1000 ms: met' : `> 1000 ms: MISSED; largest: ${largestPhases(figures)}`),
    );
  }
  for (const { L, backend, med } of warms) {
    if (backend !== 'cpu' || L !== 64) continue;
    const work = (med('compute') ?? 0) + (med('read-back') ?? 0);
    const total = med('total');
    const ok = total <= 2 * work;
    const overhead = ['transpile', 'answer', 'drawing', 'other']
      .map((k) => `${k} ${Math.round(med(k) ?? 0)} ms`)
      .join(', ');
    lines.push(
      `warm L=64 cpu: ${Math.round(total)} ms vs compute + read-back ${Math.round(work)} ms: ` +
        (ok ? 'within 2x: met' : `over 2x: MISSED; overhead: ${overhead}`),
    );
  }
  return lines;
}
