// First-load JavaScript budgets, checked from the static build (byte counts are stable, unlike
// timings). Every question page (both languages), the practice page, the playground and the lab may load
// at most BUDGET_KB more gzip JavaScript than the empty page of the same build (the 404 page).
// Growth beyond that usually means something heavy (an editor, a parser, a schema library) was
// imported eagerly instead of lazily. Exit 1 with a table of what grew; `--table` prints all.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pagesUnder, pageScripts, routeOf } from './firstLoad.mjs';

const BUDGET_KB = 25;
const out = 'out';
const kB = (bytes) => (bytes / 1024).toFixed(1);

if (!existsSync(join(out, '404.html'))) {
  console.error('check-budgets: no build in out/ (run `npm run build` first).');
  process.exit(1);
}

const empty = pageScripts(join(out, '404.html'));
const emptySrcs = new Set(empty.map((s) => s.src));
const emptyBytes = empty.reduce((sum, s) => sum + s.bytes, 0);

const files = ['', 'zh'].flatMap((prefix) => [
  ...pagesUnder(join(out, prefix, 'questions')),
  join(out, prefix, 'practice', 'index.html'),
  join(out, prefix, 'playground', 'index.html'),
  join(out, prefix, 'lab', 'index.html'),
]);
const missing = files.filter((f) => !existsSync(f));
if (missing.length > 0) {
  console.error(`check-budgets: pages missing from the build:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}

const pages = files.map((file) => {
  const scripts = pageScripts(file);
  const bytes = scripts.reduce((sum, s) => sum + s.bytes, 0);
  return {
    route: routeOf(file, out),
    bytes,
    over: bytes - emptyBytes - BUDGET_KB * 1024,
    extra: scripts.filter((s) => !emptySrcs.has(s.src)).sort((a, b) => b.bytes - a.bytes),
  };
});

function table(rows, columns) {
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells) => cells.map((cell, i) => String(cell).padEnd(widths[i])).join('  ');
  return [
    line(columns),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map((r) => line(columns.map((c) => r[c]))),
  ].join('\n');
}

const row = (p) => ({
  page: p.route,
  'kB gzip': kB(p.bytes),
  'vs empty': `+${kB(p.bytes - emptyBytes)}`,
  budget: p.over > 0 ? `OVER by ${kB(p.over)}` : `under by ${kB(-p.over)}`,
});
const columns = ['page', 'kB gzip', 'vs empty', 'budget'];
const over = pages.filter((p) => p.over > 0);
const heaviest = pages.reduce((a, b) => (b.bytes > a.bytes ? b : a));

if (process.argv.includes('--table')) console.log(`${table(pages.map(row), columns)}\n`);

if (over.length === 0) {
  console.log(
    `First-load JS budgets: ${pages.length} pages within ${BUDGET_KB} kB of the empty page ` +
      `(${kB(emptyBytes)} kB gzip); heaviest ${heaviest.route} at ${kB(heaviest.bytes)} kB ` +
      `(+${kB(heaviest.bytes - emptyBytes)}).`,
  );
} else {
  console.error(
    `First-load JS over budget: ${over.length} of ${pages.length} pages load more than ` +
      `${BUDGET_KB} kB gzip beyond the empty page (/404.html, ${kB(emptyBytes)} kB).\n`,
  );
  console.error(table(over.map(row), columns));
  for (const p of over) {
    console.error(`\n${p.route} loads, beyond the empty page:`);
    console.error(
      table(
        p.extra.map((s) => ({ script: s.src, 'kB gzip': kB(s.bytes) })),
        ['script', 'kB gzip'],
      ),
    );
  }
  console.error(
    '\nLoad what grew lazily (dynamic import() or next/dynamic) so it leaves the first load.',
  );
  process.exit(1);
}
