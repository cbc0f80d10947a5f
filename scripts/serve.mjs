// Serves the static export in out/ the way a static host would: files as they are,
// folders by their index.html, and out/404.html for anything else, with the header rules of
// out/_headers (written at build time) as Netlify or Cloudflare Pages would apply them.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeaders } from './headerRules.mjs';

// SERVE_ROOT: another folder (the benchmarks' BENCH_OUT), relative to the working directory.
const root = resolve(process.env.SERVE_ROOT ?? 'out');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.webmanifest': 'application/manifest+json',
};

const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.txt', '.svg', '.wasm']);
const gzipCache = new Map();

/** The file gzipped, once per version of it (the build may be replaced while this serves). */
function gzipped(file) {
  const version = `${file}:${statSync(file).mtimeMs}`;
  let body = gzipCache.get(version);
  if (!body) {
    body = gzipSync(readFileSync(file));
    gzipCache.set(version, body);
  }
  return body;
}

if (!existsSync(root)) {
  console.error('No out/ folder: run `npm run build` first.');
  process.exit(1);
}

const headersPath = join(root, '_headers');
const rules = existsSync(headersPath) ? parseHeaders(readFileSync(headersPath, 'utf8')) : [];

function resolveFile(urlPath) {
  const safe = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, safe);
  if (!candidate.startsWith(root)) return null;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  if (existsSync(index)) return index;
  if (existsSync(`${candidate}.html`)) return `${candidate}.html`;
  return null;
}

createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  // Folders without the trailing slash redirect, so relative links behave as on a static host.
  if (!path.endsWith('/') && !extname(path) && existsSync(join(root, path, 'index.html'))) {
    res.writeHead(308, { Location: `${path}/` });
    res.end();
    return;
  }
  let file;
  try {
    // The host's own rules file is not part of the site.
    file = path === '/_headers' ? null : resolveFile(path);
  } catch {
    file = null;
  }
  const status = file ? 200 : 404;
  file ??= join(root, '404.html');
  const headers = {
    ...headersFor(rules, path),
    'Content-Type': types[extname(file)] ?? 'application/octet-stream',
  };
  // Static hosts (Netlify, Cloudflare Pages, GitHub Pages) compress text: so does this, or
  // Lighthouse's simulated slow network would charge pages three times the bytes a visitor
  // downloads.
  if (compressible.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    res.writeHead(status, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
    res.end(gzipped(file));
    return;
  }
  res.writeHead(status, headers);
  createReadStream(file).pipe(res);
}).listen(port, host, () => {
  console.log(`Attention Atlas is being served at http://${host}:${port}/`);
});
