// Builds the sandbox that learner code runs in (prebuild): public/sandbox/runner.<hash>.js, the
// runner's worker as one self-contained script (the page hands it to the sandbox, whose data:
// worker evaluates it), and public/sandbox/<hash>.html, the sandbox document with the relay as
// its only, inline, script and its own Content Security Policy.
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rolldown } from 'rolldown';
import { inlineScriptHashes } from '../postbuild/csp.mjs';
import { sandboxPolicy } from '../postbuild/policy.mjs';

const out = join('public', 'sandbox');

async function bundle(input) {
  const build = await rolldown({
    input,
    platform: 'browser',
    tsconfig: 'tsconfig.json',
    transform: { define: { 'process.env.NODE_ENV': '"production"' } },
    logLevel: 'warn',
  });
  const { output } = await build.generate({ format: 'iife', minify: true });
  await build.close();
  if (output.length !== 1) throw new Error(`${input}: expected one chunk, got ${output.length}`);
  return output[0].code;
}

/** The sandbox document: nothing but the relay, under a policy that allows no network. */
export function sandboxDocument(relay) {
  if (/<\/script/i.test(relay)) throw new Error('The relay contains </script');
  const body = `<script>${relay}</script>`;
  const policy = sandboxPolicy(inlineScriptHashes(body));
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8"/>',
    `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`,
    '<title>Runner</title></head>',
    `<body>${body}</body></html>`,
    '',
  ].join('\n');
}

const [runner, relay] = await Promise.all([
  bundle('lib/worker/runner.worker.ts'),
  bundle('lib/sandbox/relayEntry.ts'),
]);
const html = sandboxDocument(relay);
const hash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 12);
// Names carry the content hash: served immutable, a frame's navigation (which skips the service
// worker) finds the document in the HTTP cache offline, and a deploy never mixes versions.
const names = {
  document: `/sandbox/${hash(html)}.html`,
  runner: `/sandbox/runner.${hash(runner)}.js`,
};
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
writeFileSync(join('public', names.runner), runner);
writeFileSync(join('public', names.document), html);
// Read by next.config.mjs, which gives the names to the page's code.
writeFileSync(join(out, 'names.json'), `${JSON.stringify(names)}\n`);
console.log(
  `Sandbox written to ${out}: ${names.runner} ${(runner.length / 1e6).toFixed(2)} MB, ${names.document} (relay ${relay.length} bytes)`,
);
