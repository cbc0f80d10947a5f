import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Frame, type Locator, type Page } from '@playwright/test';
import {
  closeDisplays,
  tolerance,
  withoutTimes,
  type RecordedDisplay,
  type Tolerance,
} from './compareDisplays';

// Every live demo of every question page, in both languages, runs on webgpu, webgl, wasm and
// cpu in one page load (one browser, one runner worker) and draws; each backend's values must
// equal cpu's within the PyTorch fixtures' tolerance. Chromium runs with --enable-unsafe-webgpu
// here, so all four backends are available and none may fall back.

const backends = ['cpu', 'webgpu', 'webgl', 'wasm'] as const;

// DEMO_PAGES=26,36 walks only those pages (by number), to look at a few pages at a time.
const only = process.env.DEMO_PAGES?.split(',').map(Number);
const slugs = readdirSync('content/questions')
  .sort()
  .filter((file) => !only || only.includes(Number.parseInt(file, 10)))
  .map((file) => readFileSync(`content/questions/${file}`, 'utf8').match(/^slug: (.+)$/m)![1]);

/**
 * Demos that train, by page and demo number (from 1), compared with their own tolerance. Page 26
 * runs 200 Adam steps in float32 from the same start on every backend; the backends round exp,
 * log and sums differently (a GPU's exp is not correctly rounded), and Adam divides each small
 * gradient difference by a small running magnitude (m / sqrt(v)), so the trajectories drift
 * apart: trained attention weights differ from cpu's by up to about 1e-3 (measured: 8e-4 on
 * WebGL). They must agree within 5e-3 absolute, half a percentage point of attention weight:
 * far finer than anything the page reads off them (99% against under 1%, about 60% against
 * the next word's share). The weights before training are compared the same way, and are close
 * to uniform, so a backend that computed them wrongly still fails.
 */
const trainingTolerance: Record<string, { demos: number[]; tol: Tolerance }> = {
  'attention-in-sentiment-analysis': { demos: [1], tol: { atol: 5e-3, rtol: 0 } },
};

interface RecordedRun {
  backend: string;
  timeMs: number;
  error?: { kind: string; message: string };
  readFallback?: unknown;
  displays: RecordedDisplay[];
}

declare global {
  interface Window {
    __demoRuns?: RecordedRun[];
  }
}

/**
 * Test-only: keeps a copy of each result the runner worker posts to the page, with typed arrays
 * as plain arrays, so the test compares the numbers rather than their rounded table text.
 */
function recordWorkerResults() {
  const runs: RecordedRun[] = [];
  window.__demoRuns = runs;
  const Original = window.Worker;
  const plain = (value: unknown): unknown =>
    ArrayBuffer.isView(value)
      ? Array.from(value as unknown as ArrayLike<number>)
      : Array.isArray(value)
        ? value.map(plain)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]))
          : value;
  window.Worker = class extends Original {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.addEventListener('message', (event: MessageEvent) => {
        if (event.data?.type === 'answer') runs.push(plain(event.data.result) as RecordedRun);
      });
    }

    // The page stops the worker when a run passes its time limit: that run has no result.
    override terminate() {
      runs.push(stopped());
      super.terminate();
    }
  };
  const stopped = (): RecordedRun => {
    const message = 'the page stopped the runner (time limit or crash)';
    return { backend: 'none', timeMs: 0, error: { kind: 'stopped', message }, displays: [] };
  };
  // The sandboxed runner (issue 15) starts its worker inside a frame and answers the page
  // through a MessageChannel: record its answers on the page, which outlives a restarted
  // runner's frame, and its stop, which closes the page's port.
  const OriginalChannel = window.MessageChannel;
  window.MessageChannel = class extends OriginalChannel {
    constructor() {
      super();
      const port = this.port1;
      port.addEventListener('message', (event: MessageEvent) => {
        if (event.data?.type === 'answer') runs.push(plain(event.data.result) as RecordedRun);
      });
      const close = port.close.bind(port);
      port.close = () => {
        runs.push(stopped());
        close();
      };
    }
  };
}

/**
 * Test-only: gives each run four times its time limit (the page's 5 s, or a demo's own). The
 * limits are set for a learner's GPU; here WebGPU and WebGL run on SwiftShader, on the CPU, and
 * compile each new shader there, on a machine that two walks share, so a demo's first run on a
 * page can pass 5 s (measured: up to 8.6 s on webgpu for page 7's first demo). A run stopped by
 * its limit also restarts the worker, and with it every backend, which slows the next runs. The
 * walk checks what the demos draw, not how fast: time is reported, never asserted.
 */
function allowSlowRuns() {
  const original = window.setTimeout;
  const patched = (handler: TimerHandler, delay?: number, ...args: unknown[]) =>
    original(
      handler,
      delay !== undefined && delay >= 5000 && delay < 60_000 ? delay * 4 : delay,
      ...args,
    );
  window.setTimeout = patched as typeof window.setTimeout;
}

/** The frame that owns the runner's worker (the page, or a frame the runner lives in). */
async function runnerFrame(page: Page): Promise<Frame> {
  for (const frame of page.frames()) {
    const count = await frame.evaluate(() => window.__demoRuns?.length ?? -1).catch(() => -1);
    if (count > 0) return frame;
  }
  return page.mainFrame();
}

const runCount = (frame: Frame) => frame.evaluate(() => window.__demoRuns?.length ?? 0);

async function runOn(page: Page, panel: Locator, backend: string): Promise<RecordedRun> {
  const before = await runCount(await runnerFrame(page));
  // The toolbar's backend choice comes first; a heatmap may add its own head choice below.
  await panel.locator('select').first().selectOption(backend);
  await panel.getByRole('button', { name: /▶/ }).click();
  let frame = page.mainFrame();
  await expect
    .poll(async () => runCount((frame = await runnerFrame(page))), { timeout: 120_000 })
    .toBeGreaterThan(before);
  return frame.evaluate(() => window.__demoRuns!.at(-1)!);
}

const softly = expect.configure({ soft: true });

/** Every display of the run is drawn: a chart per heatmap, line and step view, a table per table. */
async function expectDrawn(panel: Locator, run: RecordedRun, where: string) {
  await softly(panel.getByRole('alert'), `${where}: an error is shown`).toHaveCount(0);
  const charts = run.displays.filter((d) => d.kind !== 'table').length;
  const tables = run.displays.length - charts;
  const output = panel.locator('[aria-live]');
  await softly
    .poll(() => output.getByRole('img').count(), { message: `${where}: charts drawn` })
    .toBeGreaterThanOrEqual(charts);
  await softly(output.locator('table'), `${where}: tables drawn`).toHaveCount(tables);
}

/** Runs every demo of the open page on each backend; returns one line per demo and backend. */
async function checkPage(page: Page, slug: string, name: string): Promise<string[]> {
  const panels = page
    .locator('section[aria-label]')
    .filter({ has: page.getByRole('button', { name: /▶/ }) });
  const count = await panels.count();
  softly(count, `${name}: live demos on the page`).toBeGreaterThan(0);
  const report: string[] = [];
  for (let i = 0; i < count; i++) {
    const panel = panels.nth(i);
    let reference: RecordedRun | undefined;
    for (const backend of backends) {
      const where = `${name}, demo ${i + 1}, ${backend}`;
      const run = await runOn(page, panel, backend);
      const problems = [
        run.error && `error: ${run.error.message}`,
        run.backend !== backend && `ran on ${run.backend}`,
        run.displays.length === 0 && 'shows nothing',
      ].filter(Boolean);
      softly(problems, where).toEqual([]);
      await expectDrawn(panel, run, where);
      reference ??= run;
      const training = trainingTolerance[slug];
      const tol = training?.demos.includes(i + 1) ? training.tol : tolerance;
      const differences = closeDisplays(
        withoutTimes(run.displays),
        withoutTimes(reference.displays),
        tol,
      );
      softly(differences, `${where}: values differ from cpu's`).toEqual([]);
      const verdict = problems.length ? 'FAILED' : differences.length ? 'DIFFERS from cpu' : 'ok';
      report.push(`${where}: ${verdict} (${Math.round(run.timeMs)} ms)`);
    }
  }
  return report;
}

// Each test walks a run of pages through their "next" links: a client-side navigation, so the
// page's runner worker, its backends and their compiled shaders are shared by the pages of the
// walk, as they would be for a learner reading on. Walks of five pages keep each test well within
// its time (pages 31 to 35 alone take about four minutes on a busy machine) and let the two
// Playwright workers share the pages evenly.
const walkLength = 5;
const walks = Array.from({ length: Math.ceil(slugs.length / walkLength) }, (_, w) =>
  slugs.slice(w * walkLength, (w + 1) * walkLength),
);

for (const locale of ['en', 'zh'] as const) {
  for (const walk of walks) {
    test(`${locale}: every demo of pages ${walk[0]} to ${walk.at(-1)} draws the same values on webgpu, webgl, wasm and cpu`, async ({
      page,
    }) => {
      test.setTimeout(400_000);
      await page.addInitScript(recordWorkerResults);
      await page.addInitScript(allowSlowRuns);
      const prefix = locale === 'zh' ? '/zh' : '';
      await page.goto(`${prefix}/questions/${walk[0]}/`);
      const report: string[] = [];
      const started = Date.now();
      for (const [n, slug] of walk.entries()) {
        await expect(page).toHaveURL(new RegExp(`${prefix}/questions/${slug}/$`));
        const name = `${locale} ${slug}`;
        try {
          report.push(...(await checkPage(page, slug, name)));
        } catch (error) {
          // A run that never answers fails this page; the walk goes on to the next.
          softly(String(error), `${name} did not finish`).toBe('');
          await page.goto(`${prefix}/questions/${slug}/`);
        }
        if (n + 1 >= walk.length) break;
        // The next page of the walk: its "next" link, or a load when the walk skips pages.
        const next = `${prefix}/questions/${walk[n + 1]}/`;
        const link = page.locator(`a[rel="next"][href="${next}"]`);
        if (await link.count()) await link.click();
        else await page.goto(next);
      }
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      report.push(`${walk.length} pages, ${report.length} runs in ${seconds} s`);
      console.log(`${locale} ${walk[0]} .. ${walk.at(-1)}: ${report.at(-1)}`);
      await test.info().attach(`${locale} demos per page and backend`, {
        body: report.join('\n'),
        contentType: 'text/plain',
      });
    });
  }
}
