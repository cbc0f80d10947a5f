// First-load JavaScript per route, gzip, from the exported HTML's <script src> tags.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { firstLoadBytes, printTable } from './harness.mjs';

const routes = [
  'index.html',
  'playground/index.html',
  'practice/index.html',
  'diagnostics/index.html',
  '404.html',
];
const questions = readdirSync('out/questions').filter((d) =>
  statSync(join('out/questions', d)).isDirectory(),
);
const rows = [...routes, ...questions.slice(0, 3).map((q) => `questions/${q}/index.html`)].map(
  (file) => ({
    route: `/${file.replace(/index\.html$/, '')}`,
    'first-load JS (kB gzip)': (firstLoadBytes(join('out', file)) / 1024).toFixed(1),
  }),
);
printTable(rows, ['route', 'first-load JS (kB gzip)']);
