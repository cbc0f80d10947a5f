// Runs after `next build` (the npm `postbuild` script): the Content Security Policy, the host's
// header rules and the service worker, in that order, since the service worker's manifest hashes
// the pages as the policy leaves them.
import { addPolicies } from './csp.mjs';
import { listFiles, outDir, sitePath } from './files.mjs';
import { writeHeaders } from './headers.mjs';
import { buildManifest, writeServiceWorker } from './sw.mjs';

const html = listFiles().filter((file) => file.endsWith('.html'));
addPolicies(html);
writeHeaders(outDir, html.map(sitePath));
const { manifest, bytes } = buildManifest(listFiles(), sitePath);
writeServiceWorker(outDir, manifest);
const count = Object.keys(manifest.files).length;
console.log(
  `Content-Security-Policy added to ${html.length} pages; out/_headers written; ` +
    `out/sw.js precaches ${count} files (${(bytes / 1e6).toFixed(1)} MB), version ${manifest.version}`,
);
