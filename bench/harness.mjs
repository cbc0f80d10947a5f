// Shared by the benchmarks: serve the static build and drive Debian's Chromium (or Playwright's).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

// BENCH_OUT serves another copy of a build (say, a baseline kept aside) instead of out/.
export async function serveBuild(port = 4500) {
  const dir = process.env.BENCH_OUT ?? 'out';
  if (!existsSync(`${dir}/index.html`))
    throw new Error(`No build in ${dir}/: run \`npm run build\` first.`);
  const server = spawn(process.execPath, ['scripts/serve.mjs'], {
    env: { ...process.env, PORT: String(port), SERVE_ROOT: dir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve) => server.stdout.once('data', resolve));
  return { url: `http://127.0.0.1:${port}`, stop: () => server.kill() };
}

export async function launchChromium({ webgpu = true, extraArgs = [] } = {}) {
  const executablePath =
    process.env.PLAYWRIGHT_CHROMIUM ??
    (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      ...(webgpu ? ['--enable-unsafe-webgpu'] : []),
      ...extraArgs,
    ],
  });
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Prints rows of objects as an aligned text table. */
export function printTable(rows, columns) {
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells) => cells.map((cell, i) => String(cell).padEnd(widths[i])).join('  ');
  console.log(line(columns));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(columns.map((c) => row[c])));
}

// First-load JavaScript lives with the budget check, so both count bytes the same way.
export { firstLoadBytes } from '../scripts/firstLoad.mjs';
