// Type-checks the generated bundle the way the editor will use it: the same compiler options
// (components/editor/compilerOptions.json), the files at their editor paths, and sample
// learner code in two files, so a broken declaration fails the build rather than the editor.
import path from 'node:path';
import ts from 'typescript';
import { formatDiagnostics } from './attention.mjs';

const sampleA = (names) => `const tokens = ['the', 'cat', 'sat'];
const q: tf.Tensor2D = tf.randomNormal([3, 4]);
const { output, weights } = scaledDotProductAttention(q, q, q, { causal: true });
show.heatmap(weights, { rows: tokens, cols: tokens, title: 'weights' });
show.line({ a: [1, 2], b: tf.tensor1d([3, 4]) }, { xLabel: 'step' });
show.table([{ name: 'x', value: 1 }]);
const data = await output.data();
console.log(data.length, tf.matMul(q, q, false, true).shape);
if (data.length === 0) return;
void [${names.join(', ')}];
`;
// The same name in another runner's file must not clash (each file is its own module).
const sampleB = `const tokens = 3;\nconsole.info(tokens + tf.scalar(1).rank);\n`;

/**
 * @param {Record<string, string>} files editor path (file:///...) -> content
 * @param {{ compilerOptions: object, ignoreDiagnostics: number[] }} config editor settings
 * @param {string[]} globalNames attention globals to check
 */
export function verifyBundle(files, config, globalNames) {
  const virtual = new Map(Object.entries(files).map(([p, c]) => [p.replace(/^file:\/\//, ''), c]));
  const samples = ['/questions/a/main.ts', '/questions/b/main.ts'];
  virtual.set(samples[0], sampleA(globalNames));
  virtual.set(samples[1], sampleB);

  const { options, errors } = ts.convertCompilerOptionsFromJson(
    numericToNames(config.compilerOptions),
    '/',
  );
  if (errors.length > 0) throw new Error(formatDiagnostics(errors, '/'));
  const host = ts.createCompilerHost(options);
  const libDir = path.dirname(ts.getDefaultLibFilePath(options));
  const isLib = (f) => path.resolve(f).startsWith(libDir + path.sep);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  Object.assign(host, {
    getCurrentDirectory: () => '/',
    fileExists: (f) => virtual.has(f) || (isLib(f) && ts.sys.fileExists(f)),
    readFile: (f) => virtual.get(f) ?? (isLib(f) ? readFile(f) : undefined),
    directoryExists: (d) => [...virtual.keys()].some((k) => k.startsWith(`${d}/`)),
    getDirectories: () => [],
    realpath: (f) => f,
    getSourceFile: (f, lang) => {
      const text = virtual.get(f);
      if (text !== undefined) return ts.createSourceFile(f, text, lang, true);
      return isLib(f) ? getSourceFile(f, lang) : undefined;
    },
  });
  const program = ts.createProgram([...virtual.keys()], options, host);
  const ignored = new Set(config.ignoreDiagnostics);
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...samples.flatMap((f) => {
      const sf = program.getSourceFile(f);
      return [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)];
    }),
    ...program.getSemanticDiagnostics(program.getSourceFile('/sandbox/globals.d.ts')),
  ].filter((d) => !ignored.has(d.code));
  if (diagnostics.length > 0) {
    throw new Error(
      `editor-types: the bundle does not type-check as the editor will use it:\n${formatDiagnostics(diagnostics, '/')}`,
    );
  }
}

/** The editor passes Monaco numeric enum values; tsconfig-style parsing wants names. */
function numericToNames(opts) {
  const names = {
    target: ts.ScriptTarget,
    module: ts.ModuleKind,
    moduleResolution: ts.ModuleResolutionKind,
    moduleDetection: ts.ModuleDetectionKind,
  };
  // allowNonTsExtensions is internal to the TypeScript API (Monaco sets it); tsc rejects it.
  const out = { ...opts };
  delete out.allowNonTsExtensions;
  for (const [key, enumObject] of Object.entries(names)) {
    if (typeof out[key] === 'number') out[key] = String(enumObject[out[key]]).toLowerCase();
  }
  return out;
}
