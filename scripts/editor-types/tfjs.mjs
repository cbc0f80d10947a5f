// Collects the .d.ts files of @tensorflow/tfjs-core that its index.d.ts needs, as the
// TypeScript compiler resolves them, so the editor gets the real API with its JSDoc.
import path from 'node:path';
import ts from 'typescript';

const licenseHeader = /^\/\*\*\s*\n\s*\* @license[\s\S]*?\*\/\s*\n/;

/**
 * The one type tfjs-core takes from @webgpu/types (for `dataToGPU` / tensors made from a
 * GPUBuffer). The real package is 105 kB and fills completion lists with GPU* names that
 * learner code never needs, so a small stand-in is shipped instead.
 */
const webgpuStub = `/** A WebGPU buffer (stand-in for @webgpu/types, which the editor does not load). */
interface GPUBuffer {
  readonly label: string;
  readonly size: number;
  readonly usage: number;
  readonly mapState: 'unmapped' | 'pending' | 'mapped';
  destroy(): undefined;
}
`;

/**
 * @param {string} root project root
 * @returns {{ files: Record<string, string>, notice: string }} virtual path -> content
 */
export function collectTfjs(root) {
  const pkgDir = path.join(root, 'node_modules/@tensorflow/tfjs-core');
  const entry = path.join(pkgDir, 'dist/index.d.ts');
  const program = ts.createProgram([entry], {
    noEmit: true,
    types: [],
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
  });
  const files = {};
  let notice = '';
  for (const sf of program.getSourceFiles()) {
    if (program.isSourceFileDefaultLibrary(sf)) continue;
    const abs = path.resolve(sf.fileName);
    if (abs.includes(`${path.sep}@webgpu${path.sep}types${path.sep}`)) {
      files['/node_modules/@webgpu/types/dist/index.d.ts'] = webgpuStub;
      continue;
    }
    if (!abs.startsWith(pkgDir + path.sep)) {
      throw new Error(`editor-types: tfjs-core needs ${abs}, which this script does not expect`);
    }
    // The same Apache-2.0 header heads every file; it is kept once, in `notice`.
    const header = sf.text.match(licenseHeader);
    if (header && !notice) notice = header[0].trim();
    const rel = path.relative(pkgDir, abs).split(path.sep).join('/');
    files[`/node_modules/@tensorflow/tfjs-core/${rel}`] = sf.text.replace(licenseHeader, '');
  }
  if (!files['/node_modules/@tensorflow/tfjs-core/dist/index.d.ts']) {
    throw new Error(`editor-types: ${entry} was not found; is @tensorflow/tfjs-core installed?`);
  }
  // A package entry without package.json: module resolution falls back to index.d.ts, and the
  // editor need not load a JSON file as if it were a script.
  files['/node_modules/@tensorflow/tfjs-core/index.d.ts'] = "export * from './dist/index';\n";
  return { files, notice };
}
