// Type-checks the generated bundle the way the editor will use it: the same compiler options
// (components/editor/compilerOptions.json), the files at their editor paths, and sample
// learner code in two files, so a broken declaration fails the build rather than the editor.
// Also checks the two contexts (a drill sees no attention globals) and that the hand-written
// `show` declaration matches lib/runtime/show.ts.
import path from 'node:path';
import ts from 'typescript';
import { formatDiagnostics } from './attention.mjs';
import { globalsPath, lessonGlobalsPath } from './globals.mjs';

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

// A drill has tf and show, and none of the lesson globals.
const drillSample = `const x = tf.softmax(tf.tensor2d([[1, 2]]));
show.heatmap(x);
scaledDotProductAttention(x, x, x);
`;
const cannotFindName = 2304;

// Each method of the hand-written \`show\` takes exactly the parameters of the real one.
const showDrift = `import type { Show as Real } from '../lib/runtime/show';
type Hand = typeof show;
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Same<K extends keyof Hand & keyof Real> = Equal<Parameters<Hand[K]>, Parameters<Real[K]>>;
export const methods: Equal<keyof Hand, keyof Real> = true;
export const heatmap: Same<'heatmap'> = true;
export const steps: Same<'steps'> = true;
export const line: Same<'line'> = true;
export const table: Same<'table'> = true;
`;

/**
 * @param {Record<string, string>} files editor path (file:///...) -> content
 * @param {{ compilerOptions: object, ignoreDiagnostics: number[] }} config editor settings
 * @param {string[]} globalNames attention globals to check
 * @param {Record<string, string>} showFiles declarations of lib/runtime/show.ts and its imports
 */
export function verifyBundle(files, config, globalNames, showFiles) {
  const bundle = new Map(Object.entries(files).map(([p, c]) => [p.replace(/^file:\/\//, ''), c]));
  const problems = [];

  // A page's runners: every file.
  const lesson = diagnose(
    config,
    new Map([
      ...bundle,
      ['/questions/a/main.ts', sampleA(globalNames)],
      ['/questions/b/main.ts', sampleB],
    ]),
    ['/questions/a/main.ts', '/questions/b/main.ts', globalsPath, lessonGlobalsPath],
  );
  problems.push(...lesson);

  // A drill: the lesson globals left out, so calling one is an unknown name.
  const drillFiles = new Map([...bundle, ['/drills/a.ts', drillSample]]);
  drillFiles.delete(lessonGlobalsPath);
  const drill = diagnose(config, drillFiles, ['/drills/a.ts']);
  const unknown = drill.filter((d) => d.code === cannotFindName);
  if (unknown.length !== 1 || drill.length !== 1) {
    throw new Error(
      `editor-types: a drill should see tf and show but not scaledDotProductAttention; got:\n${formatDiagnostics(drill, '/') || '(no errors)'}`,
    );
  }

  // The hand-written show against lib/runtime/show.ts. Those declarations keep the project's
  // import alias (`@/lib/...`, tsconfig.json), so this check resolves it as the project does; and
  // they are checked too, since a type they cannot import would be `any` and hide a drift.
  const driftFiles = new Map([
    ...bundle,
    ...Object.entries(showFiles),
    ['/checks/show.ts', showDrift],
  ]);
  const projectAlias = {
    ...config,
    compilerOptions: { ...config.compilerOptions, paths: { '@/*': ['./*'] } },
  };
  problems.push(
    ...diagnose(projectAlias, driftFiles, ['/checks/show.ts', ...Object.keys(showFiles)]),
  );

  if (problems.length > 0) {
    throw new Error(
      `editor-types: the bundle does not type-check as the editor will use it:\n${formatDiagnostics(problems, '/')}`,
    );
  }
}

/** Compiles `virtual` with the editor's options; the diagnostics of the `checked` files. */
export function diagnose(config, virtual, checked) {
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
  return [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...checked.flatMap((f) => {
      const sf = program.getSourceFile(f);
      return [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)];
    }),
  ].filter((d) => !ignored.has(d.code));
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
