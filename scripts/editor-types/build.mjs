#!/usr/bin/env node
// Builds public/editor-types.json, the declarations the code editor (components/editor) loads
// so completions and hover docs know `tf`, the attention functions and `show`:
//   { files: { "file:///node_modules/@tensorflow/tfjs-core/dist/...d.ts": "...", ... },
//     notices: { "<package>": "<licence header>" } }
// Run from the project root: node scripts/editor-types/build.mjs (--check: verify, write nothing)
// Fails (exit 1) when lib/attention does not compile or the bundle does not type-check.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { emitAttention } from './attention.mjs';
import { expectedAttentionGlobals, globalsFiles, lessonGlobalsPath } from './globals.mjs';
import { collectTfjs } from './tfjs.mjs';
import { verifyBundle } from './verify.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const outFile = path.join(root, 'public/editor-types.json');

function main() {
  const tfjs = collectTfjs(root);
  const attention = emitAttention(root);
  const names = attention.exports.map((e) => e.name);
  const missing = expectedAttentionGlobals.filter((n) => !names.includes(n));
  if (missing.length > 0) {
    console.warn(`editor-types: lib/attention does not export ${missing.join(', ')} yet`);
  }

  // The lesson models are sandbox globals too (lib/runtime/sandboxGlobals.ts).
  const models = emitAttention(root, 'lib/models/index.ts');
  const virtual = {
    ...tfjs.files,
    ...attention.files,
    ...models.files,
    ...globalsFiles(attention.exports, models.exports),
  };
  const files = Object.fromEntries(
    Object.entries(virtual)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([p, content]) => [`file://${p}`, content]),
  );
  const config = JSON.parse(
    readFileSync(path.join(root, 'components/editor/compilerOptions.json'), 'utf8'),
  );
  // Only to check the hand-written `show` against; the editor does not load these.
  const show = emitAttention(root, 'lib/runtime/show.ts');
  verifyBundle(files, config, names, show.files);
  if (process.argv.includes('--check')) {
    console.log('editor-types: the declarations type-check and match lib/runtime/show.ts');
    console.log(`editor-types: lesson globals in ${lessonGlobalsPath}`);
    return;
  }

  const json = JSON.stringify({ files, notices: { '@tensorflow/tfjs-core': tfjs.notice } });
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, json);
  const kb = (n) => `${(n / 1024).toFixed(0)} kB`;
  console.log(
    `editor-types: ${Object.keys(files).length} files, ${kb(json.length)} ` +
      `(${kb(gzipSync(json).length)} gzip) -> ${path.relative(root, outFile)}`,
  );
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
