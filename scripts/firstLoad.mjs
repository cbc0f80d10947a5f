// First-load JavaScript of an exported page: the files its HTML loads with <script src>, gzip.
// Shared by the budget check (scripts/check-budgets.mjs) and the benchmarks (bench/).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzipCache = new Map();

/** Gzip size of one file of the build, by its URL path ("/_next/static/..."). */
function gzipBytes(src, outDir) {
  const file = join(outDir, src.split('?')[0]);
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(file)).length);
  return gzipCache.get(file);
}

/** The scripts an exported HTML file loads, each with its gzip size. */
export function pageScripts(htmlFile, outDir = 'out') {
  const html = readFileSync(htmlFile, 'utf8');
  const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
  return srcs.map((src) => ({ src, bytes: gzipBytes(src, outDir) }));
}

/** First-load JavaScript of an exported page, gzip, in bytes. */
export function firstLoadBytes(htmlFile, outDir = 'out') {
  return pageScripts(htmlFile, outDir).reduce((sum, s) => sum + s.bytes, 0);
}

/** The page files under a folder of the build, one per sub-folder ("out/questions" -> [...]). */
export function pagesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => statSync(join(dir, d)).isDirectory() && existsSync(join(dir, d, 'index.html')))
    .sort()
    .map((d) => join(dir, d, 'index.html'));
}

/** "out/zh/questions/x/index.html" -> "/zh/questions/x/". */
export function routeOf(htmlFile, outDir = 'out') {
  return `/${htmlFile.slice(outDir.length + 1).replace(/index\.html$/, '')}`;
}
