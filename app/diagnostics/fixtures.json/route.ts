import fs from 'node:fs';
import path from 'node:path';

// The PyTorch reference fixtures (contract parts 1 and 2), bundled at build time for the
// in-browser backend check.
export const dynamic = 'force-static';

const SETS = ['pytorch', 'pytorch-modern'];

export function GET() {
  const fixtures = SETS.flatMap((set) => {
    const dir = path.join(process.cwd(), 'lib', 'attention', '__fixtures__', set);
    return fs
      .readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')));
  });
  return Response.json(fixtures);
}
