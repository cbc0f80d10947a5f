// Lists the files of the static export, as site paths ('/questions/x/index.html').
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const outDir = join(process.cwd(), 'out');

/** Every file under out/, depth first, sorted so the output of the build is reproducible. */
export function listFiles(dir = outDir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...listFiles(full));
    else if (entry.isFile()) found.push(full);
  }
  return found.sort();
}

export function sitePath(file) {
  return `/${relative(outDir, file).split(sep).join('/')}`;
}
