// npm run bench:lab — training speed of the Attention Lab, driven through the real /lab/ page
// in headless Chromium (one browser run): steps per second on every backend for three model
// sizes, and the wall time from Start until held-out accuracy reaches 99% on reverse (length 6,
// vocabulary 8).
//
// Every cell gets a number, however slow the backend: each size first takes one step (the
// backend starting and its shaders compiling: the "first step" column), then one more alone
// (a warm step, with its read-back). When that step is quick, the lab trains for a fixed window
// (BENCH_SECONDS, default 6) and the figure is the median of the page's own steps/s over that
// window (measured in the worker around the steps only, a read-back every chunk); when a step
// takes longer than a quarter of the window, the warm single step is the figure.
// BENCH_BACKENDS=cpu,webgpu narrows a run; BENCH_PORT moves the server.
import { launchChromium, median, printTable, serveBuild } from './harness.mjs';

const backends = (process.env.BENCH_BACKENDS ?? 'webgpu,webgl,wasm,cpu').split(',');
const windowSeconds = Number(process.env.BENCH_SECONDS ?? 6);
const reverseLimitSeconds = Number(process.env.BENCH_REVERSE_SECONDS ?? 120);
const sizes = [
  {
    name: 'small',
    model: '1 layer, 2 heads, width 32, length 6, batch 32',
    search: 'l=1&h=2&w=32',
  },
  {
    name: 'medium',
    model: '2 layers, 4 heads, width 64, length 8, batch 32',
    search: 'l=2&h=4&w=64&n=8',
  },
  {
    name: 'large',
    model: '4 layers, 8 heads, width 128, length 16, batch 32',
    search: 'l=4&h=8&w=128&n=16',
  },
];
const reverse = 'p=learned&h=1&w=16&ao=1&b=16';
// BENCH_SIZES=large and BENCH_REVERSE=0 narrow a run further.
const sizesRun = sizes.filter((s) =>
  (process.env.BENCH_SIZES ?? 'small,medium,large').includes(s.name),
);
const reverseRun = process.env.BENCH_REVERSE !== '0';

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
  const text =
    (await page
      .getByTestId('lab-metrics')
      .textContent()
      .catch(() => '')) ?? '';
  const m = /Step (\d+) · loss ([\d.]+|NaN) · accuracy ([\d.]+)% · ([\d.]+|–) steps\/s/.exec(text);
  return m && { step: +m[1], accuracy: +m[3] / 100, speed: m[4] === '–' ? NaN : +m[4] };
};

async function stopped(page) {
  const status = (await page.getByTestId('lab-status').textContent()) ?? '';
  if (/stopped/.test(status)) throw new Error(status);
}

/** Presses One step and waits until the status shows `step`; returns the seconds it took. */
async function oneStep(page, step, timeoutMs) {
  const t0 = Date.now();
  await page.getByRole('button', { name: 'One step', exact: true }).click();
  while (Date.now() - t0 < timeoutMs) {
    const m = await metricsOf(page);
    if (m && m.step >= step) return { seconds: (Date.now() - t0) / 1000, metrics: m };
    await stopped(page);
    await page.waitForTimeout(100);
  }
  throw new Error(`step ${step} not reached in ${timeoutMs / 1000} s`);
}

async function measure(backend, size) {
  const page = await open(backend, size.search);
  try {
    const cold = await oneStep(page, 1, 240_000);
    const warm = await oneStep(page, 2, 120_000);
    let speed = warm.metrics.speed;
    let how = 'one warm step';
    if (1 / speed < windowSeconds / 4) {
      // After One step the lab is paused: its Start button reads Resume.
      await page.getByRole('button', { name: 'Resume', exact: true }).click();
      const seen = new Map();
      const t0 = Date.now();
      while (Date.now() - t0 < windowSeconds * 1000) {
        const m = await metricsOf(page);
        // One figure per chunk (a chunk ends with a new step count).
        if (m && m.step > 2 && Number.isFinite(m.speed)) seen.set(m.step, m.speed);
        await stopped(page);
        await page.waitForTimeout(150);
      }
      await page.getByRole('button', { name: 'Pause', exact: true }).click();
      if (seen.size > 0) {
        speed = median([...seen.values()]);
        how = `median of ${seen.size} chunks`;
      }
    }
    return { speed, firstStep: cold.seconds, how };
  } finally {
    await page.close().catch(() => {});
  }
}

async function timeToTarget(backend) {
  const page = await open(backend, reverse);
  try {
    const t0 = Date.now();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    let last = null;
    while (Date.now() - t0 < reverseLimitSeconds * 1000) {
      const m = await metricsOf(page);
      if (m) last = m;
      if (m && m.accuracy >= 0.99)
        return `${((Date.now() - t0) / 1000).toFixed(1)} s (step ${m.step})`;
      await stopped(page);
      await page.waitForTimeout(100);
    }
    return last
      ? `not in ${reverseLimitSeconds} s (${(last.accuracy * 100).toFixed(1)}% at step ${last.step})`
      : `not in ${reverseLimitSeconds} s (no step)`;
  } finally {
    await page.close().catch(() => {});
  }
}

/** What WebGPU runs on here: SwiftShader is a CPU emulation, not a GPU. */
async function webgpuAdapter() {
  const page = await browser.newPage();
  try {
    await page.goto(`${server.url}/lab/`);
    return await page.evaluate(async () => {
      const adapter = await navigator.gpu?.requestAdapter();
      if (!adapter) return null;
      const info = adapter.info ?? {};
      return (
        [info.vendor, info.architecture, info.description].filter(Boolean).join(' ') || 'unknown'
      );
    });
  } finally {
    await page.close();
  }
}

try {
  const adapter = await webgpuAdapter();
  console.log(`WebGPU adapter: ${adapter ?? 'none'}`);
  for (const size of sizesRun) {
    for (const backend of backends) {
      try {
        const r = await measure(backend, size);
        rows.push({ backend, size, ...r });
        // Printed as it comes: a slow backend takes minutes, and a partial run still says something.
        console.log(
          `${size.name}, ${backend}: ${r.speed.toFixed(2)} steps/s (${r.how}); first step ${r.firstStep.toFixed(1)} s`,
        );
      } catch (error) {
        problems.push(`${size.name} ${backend}: ${String(error.message).split('\n')[0]}`);
        console.log(problems.at(-1));
      }
    }
  }
  const reverseRows = [];
  for (const backend of reverseRun ? backends : []) {
    try {
      reverseRows.push({ backend, toTarget: await timeToTarget(backend) });
      console.log(`reverse to 99%, ${backend}: ${reverseRows.at(-1).toTarget}`);
    } catch (error) {
      problems.push(`reverse ${backend}: ${String(error.message).split('\n')[0]}`);
    }
  }

  console.log('\nTraining steps per second (higher is better)\n');
  printTable(
    rows.map((r) => ({
      size: r.size.name,
      model: r.size.model,
      backend: r.backend,
      'steps/s': r.speed.toFixed(2),
      'first step s': r.firstStep.toFixed(1),
      measured: r.how,
    })),
    ['size', 'model', 'backend', 'steps/s', 'first step s', 'measured'],
  );
  console.log(
    '\nReverse (1 layer, 1 head, width 16, batch 16): time from Start to 99% held-out accuracy\n',
  );
  printTable(reverseRows, ['backend', 'toTarget']);

  // Where WebGPU overtakes cpu and wasm, said in words.
  console.log('');
  const speedOf = (size, backend) =>
    rows.find((r) => r.size === size && r.backend === backend)?.speed;
  const faster = sizes.filter((size) => {
    const gpu = speedOf(size, 'webgpu');
    const others = ['cpu', 'wasm'].map((b) => speedOf(size, b)).filter((x) => x !== undefined);
    return gpu !== undefined && others.length > 0 && others.every((x) => gpu > x);
  });
  const software = adapter !== null && /swiftshader|cpu/i.test(adapter);
  if (!backends.includes('webgpu')) console.log('WebGPU was not measured in this run.');
  else if (faster.length > 0)
    console.log(
      `WebGPU overtakes cpu and wasm at: ${faster.map((s) => s.name).join(', ')}` +
        (software ? ' (on SwiftShader, a CPU emulation: a real GPU would do better).' : '.'),
    );
  else
    console.log(
      `WebGPU does not overtake cpu and wasm at any of these sizes here` +
        (software
          ? `: its adapter (${adapter}) is SwiftShader, a CPU emulation of a GPU, so this says nothing about a real GPU.`
          : '.'),
    );
  for (const line of problems) console.log(line);
  console.log(`\nChromium ${browser.version()}, ${new Date().toISOString()}`);
} finally {
  await browser.close();
  server.stop();
}
