// Runs after `next build` (the npm `postbuild` script): the Content Security Policy of every page
// and the host's header rules.
import { addPolicies } from './csp.mjs';
import { listFiles, outDir, sitePath } from './files.mjs';
import { writeHeaders } from './headers.mjs';

const html = listFiles().filter((file) => file.endsWith('.html'));
addPolicies(html);
writeHeaders(outDir, html.map(sitePath));
console.log(`Content-Security-Policy added to ${html.length} pages; out/_headers written`);
