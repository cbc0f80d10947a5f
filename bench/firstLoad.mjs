// First-load JavaScript per route, gzip, from the exported HTML's <script src> tags (the same
// count as the budget check, scripts/check-budgets.mjs, which covers every question page).
import { join } from 'node:path';
import { firstLoadBytes, pagesUnder, routeOf } from '../scripts/firstLoad.mjs';
import { printTable } from './harness.mjs';

const routes = [
  'index.html',
  'zh/index.html',
  'playground/index.html',
  'practice/index.html',
  'diagnostics/index.html',
  '404.html',
].map((file) => join('out', file));
const questions = pagesUnder('out/questions').slice(0, 3);
const rows = [...routes, ...questions].map((file) => ({
  route: routeOf(file),
  'first-load JS (kB gzip)': (firstLoadBytes(file) / 1024).toFixed(1),
}));
printTable(rows, ['route', 'first-load JS (kB gzip)']);
