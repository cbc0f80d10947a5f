import fs from 'node:fs';
import path from 'node:path';

// The PyTorch reference fixtures, bundled at build time for the in-browser backend check.
export const dynamic = 'force-static';

export function GET() {
  const dir = path.join(process.cwd(), 'lib', 'attention', '__fixtures__', 'pytorch');
  const fixtures = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')));
  return Response.json(fixtures);
}
