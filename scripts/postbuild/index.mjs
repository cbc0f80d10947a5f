// Runs after `next build` (the npm `postbuild` script): the Content Security Policy, the host's
// header rules and the service worker, in that order, since the service worker's manifest hashes
// the pages as the policy leaves them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addPolicies, inlineScriptHashes } from './csp.mjs';
import { listFiles, outDir, sitePath } from './files.mjs';
import { sandboxFolder, writeHeaders } from './headers.mjs';
import { buildManifest, writeServiceWorker } from './sw.mjs';

const html = listFiles().filter((file) => file.endsWith('.html'));
// The sandbox document comes with its own policy (scripts/sandbox/build.mjs).
const pages = html.filter((file) => !sitePath(file).startsWith(sandboxFolder));
addPolicies(pages, sitePath);
const { document } = JSON.parse(readFileSync(join(outDir, 'sandbox', 'names.json'), 'utf8'));
const sandboxHtml = readFileSync(join(outDir, document), 'utf8');
writeHeaders(outDir, pages.map(sitePath), inlineScriptHashes(sandboxHtml));
const { manifest, bytes } = buildManifest(listFiles(), sitePath);
writeServiceWorker(outDir, manifest);
const count = Object.keys(manifest.files).length;
console.log(
  `Content-Security-Policy added to ${pages.length} pages; out/_headers written; ` +
    `out/sw.js precaches ${count} files (${(bytes / 1e6).toFixed(1)} MB), version ${manifest.version}`,
);
