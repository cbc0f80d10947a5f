// Writes out/_headers (the Netlify / Cloudflare Pages format): the policies that a <meta> cannot
// carry (frame-ancestors, the workers' own policy) and caching that keeps deploys fresh.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  pageHeaderPolicy,
  sandboxHeaderPolicy,
  serviceWorkerPolicy,
  workerPolicy,
} from './policy.mjs';

/** The runner's sandbox document: its own policy, never a page's (which forbids framing). */
export const sandboxFolder = '/sandbox/';

/**
 * URL patterns for the pages: one per top-level folder that holds HTML, plus the root files.
 * They must not overlap /_next/: when two rules set the same header, hosts send both values and
 * browsers enforce both policies, which would take 'unsafe-eval' away from the workers.
 */
export function pagePatterns(htmlPaths) {
  const patterns = new Set();
  for (const path of htmlPaths) {
    if (path.startsWith(sandboxFolder)) continue;
    const [first, ...rest] = path.slice(1).split('/');
    if (rest.length === 0) {
      patterns.add(`/${first}`);
      if (first === 'index.html') patterns.add('/');
    } else {
      patterns.add(`/${first}/*`);
    }
  }
  return [...patterns].sort();
}

export function headersFile(htmlPaths, sandboxHashes) {
  const rule = (pattern, headers) =>
    [pattern, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  return [
    '# Written by scripts/postbuild/headers.mjs at build time; edit that file, not this one.',
    rule('/*', { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'same-origin' }),
    ...pagePatterns(htmlPaths).map((p) =>
      rule(p, { 'Content-Security-Policy': pageHeaderPolicy(p) }),
    ),
    // The sandbox's names carry their content hash: kept for good, which is how the frame's
    // document (its navigation skips the service worker) loads offline.
    rule(`${sandboxFolder}*`, {
      'Content-Security-Policy': sandboxHeaderPolicy(sandboxHashes),
      'Cache-Control': 'public, max-age=31536000, immutable',
    }),
    // Workers (the runner, Monaco's) are scripts under /_next/static/: their policy is this one.
    // The names carry a content hash, so a browser may keep them for good.
    rule('/_next/static/*', {
      'Content-Security-Policy': workerPolicy(),
      'Cache-Control': 'public, max-age=31536000, immutable',
    }),
    // Browsers check the service worker for updates on every visit; no cache in between.
    rule('/sw.js', {
      'Content-Security-Policy': serviceWorkerPolicy(),
      'Cache-Control': 'no-cache',
    }),
    '',
  ].join('\n');
}

export function writeHeaders(outDir, htmlPaths, sandboxHashes) {
  writeFileSync(join(outDir, '_headers'), headersFile(htmlPaths, sandboxHashes));
}
