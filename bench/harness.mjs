// Shared by the benchmarks: serve the static build and drive Debian's Chromium (or Playwright's).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

export async function serveBuild(port = 4500) {
  if (!existsSync('out/index.html'))
    throw new Error('No build in out/: run `npm run build` first.');
  const server = spawn(process.execPath, ['scripts/serve.mjs'], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve) => server.stdout.once('data', resolve));
  return { url: `http://127.0.0.1:${port}`, stop: () => server.kill() };
}

export async function launchChromium({ webgpu = true } = {}) {
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

/** First-load JavaScript of an exported page, gzip: the files its HTML loads with <script src>. */
export function firstLoadBytes(htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const srcs = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  return srcs.reduce((sum, src) => sum + gzipSync(readFileSync(join('out', src))).length, 0);
}
