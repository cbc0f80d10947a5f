import { existsSync, readFileSync } from 'node:fs';

// The sandbox's files carry their content hash in their names (scripts/sandbox/build.mjs, run
// at prebuild): a sandboxed frame's navigation skips the service worker, so offline it comes
// from the browser's HTTP cache, which keeps an immutable name for good.
const sandboxNames = existsSync('public/sandbox/names.json')
  ? JSON.parse(readFileSync('public/sandbox/names.json', 'utf8'))
  : { document: '/sandbox/missing.html', runner: '/sandbox/missing.js' };

/** @type {import('next').NextConfig} */
const nextConfig = {
  env: {
    NEXT_PUBLIC_SANDBOX_DOCUMENT: sandboxNames.document,
    NEXT_PUBLIC_SANDBOX_RUNNER: sandboxNames.runner,
  },
  // A fully static site: every page is pre-rendered, all computation runs in the browser.
  output: 'export',
  // Folders with index.html serve from any static host without rewrites.
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  // One root layout per language (so <html lang> is right) needs a 404 page of its own.
  // CSS goes into each page's <head> instead of render-blocking requests: on a slow phone's
  // network each stylesheet (KaTeX's on question pages) held back the first paint by a round
  // trip. The styles are small next to a page (about 10 kB gzip with KaTeX's).
  experimental: { globalNotFound: true, inlineCss: true },
  // `npm test` type-checks the whole project once with tsc; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
