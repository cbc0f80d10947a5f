// Builds the sandbox that learner code runs in (prebuild): public/sandbox/runner.js, the
// runner's worker as one self-contained script (the page hands its text to the sandbox, which
// starts it from a blob: URL), and public/sandbox/index.html, the sandbox document with the
// relay as its only, inline, script and its own Content Security Policy.
import { mkdirSync, writeFileSync } from 'node:fs';
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
  bundle('lib/runtime/runner.worker.ts'),
  bundle('lib/sandbox/relayEntry.ts'),
]);
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'runner.js'), runner);
writeFileSync(join(out, 'index.html'), sandboxDocument(relay));
console.log(
  `Sandbox written to ${out}: runner.js ${(runner.length / 1e6).toFixed(2)} MB, relay ${relay.length} bytes`,
);
