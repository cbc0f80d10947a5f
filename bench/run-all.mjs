// npm run bench — every benchmark, one after another.
import { execFileSync } from 'node:child_process';

for (const script of ['bench/firstLoad.mjs', 'bench/attention.mjs', 'bench/runner.mjs']) {
  console.log(`\n## ${script}\n`);
  execFileSync(process.execPath, [script], { stdio: 'inherit' });
}
