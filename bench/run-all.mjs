// npm run bench — every benchmark, one after another, then one summary of all their tables.
// BENCH_ONLY=first-load,lighthouse runs a subset (the attention bench alone takes ~10 minutes).
import { spawnSync } from 'node:child_process';

const benches = [
  {
    name: 'first-load',
    title: 'First-load JS per route (gzip, from the build)',
    script: 'bench/firstLoad.mjs',
  },
  {
    name: 'runner',
    title: 'Click to first heatmap, cold and warm, per backend',
    script: 'bench/runner.mjs',
  },
  {
    name: 'lighthouse',
    title: 'Lighthouse performance and accessibility',
    script: 'bench/lighthouse.mjs',
  },
  { name: 'attention', title: 'Attention core per backend', script: 'bench/attention.mjs' },
];
const only = process.env.BENCH_ONLY?.split(',');
const chosen = benches.filter((b) => !only || only.includes(b.name));

const sections = [];
for (const bench of chosen) {
  console.log(`\n## ${bench.title} (${bench.script})\n`);
  // Output is shown as it comes (some take minutes) and kept for the summary.
  const run = spawnSync(process.execPath, [bench.script], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  process.stdout.write(run.stdout);
  sections.push({ ...bench, output: run.stdout.trim(), ok: run.status === 0 });
}

console.log('\n# Summary\n');
for (const s of sections) {
  console.log(
    `## ${s.title}${s.ok ? '' : ' (FAILED, see above)'}\n\n${s.output || '(no output)'}\n`,
  );
}
const skipped = benches.filter((b) => !chosen.includes(b));
if (skipped.length > 0)
  console.log(`Not run (BENCH_ONLY): ${skipped.map((b) => b.name).join(', ')}`);
process.exitCode = sections.every((s) => s.ok) ? 0 : 1;
