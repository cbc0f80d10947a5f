import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Finds the Chromium to drive: $PLAYWRIGHT_CHROMIUM, else a `chromium` on the PATH (Debian's
 * package, since Playwright's own browser download is unavailable here), else Playwright's own.
 */
export function chromiumPath(): string | undefined {
  const named = process.env.PLAYWRIGHT_CHROMIUM;
  if (named && existsSync(named)) return named;
  try {
    const found = execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
    if (found) return found;
  } catch {
    // Not on the PATH: fall back to Playwright's default browser.
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Flags for headless Chromium on a closed network, as root, with or without WebGPU. */
export function chromiumArgs(webgpu: boolean): string[] {
  return [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    ...(webgpu ? ['--enable-unsafe-webgpu'] : []),
  ];
}
