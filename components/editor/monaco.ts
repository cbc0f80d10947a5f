/**
 * The one place that imports Monaco and configures it for learner code. Importing this module
 * loads Monaco (about 1 MB gzip), so only the lazily loaded CodeEditor may import it.
 */
import * as monaco from 'monaco-editor';
import settings from './compilerOptions.json';
import {
  fetchEditorTypes,
  filesFor,
  type EditorTypeFiles,
  type GlobalsContext,
} from './editorTypes';

// Workers come from our own bundle (no CDN: the site works offline). Monaco asks by label:
// 'typescript' / 'javascript' for the language service, anything else for its core worker.
globalThis.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    if (label === 'typescript' || label === 'javascript') {
      return new Worker(new URL('./ts.worker.ts', import.meta.url), { name: label });
    }
    return new Worker(new URL('./editor.worker.ts', import.meta.url), { name: label });
  },
};

const ts = monaco.typescript.typescriptDefaults;

// Learner code is the body of an async function: `return` at the top level is legal there, so
// its diagnostic is ignored. moduleDetection "force" makes every runner's file a module, so two
// runners that both declare `const tokens` do not clash in the shared language service. The
// same settings type-check the declarations at build time (scripts/editor-types/verify.mjs).
// No `lib` list: Monaco passes it raw and names like 'dom' do not resolve there; the default
// for target ES2022 (lib.es2022.full.d.ts) has the DOM types tfjs-core's declarations use.
ts.setCompilerOptions(settings.compilerOptions);

/**
 * Semantic errors stay off until the declarations have loaded, so the code does not flash red
 * with "Cannot find name 'tf'" while /editor-types.json is on its way (or if it fails).
 */
function setSemanticChecks(enabled: boolean) {
  ts.setDiagnosticsOptions({
    noSemanticValidation: !enabled,
    noSyntaxValidation: false,
    diagnosticCodesToIgnore: settings.ignoreDiagnostics,
  });
}
setSemanticChecks(false);

let typesLoaded: Promise<EditorTypeFiles | undefined> | undefined;
let contextShown: GlobalsContext | undefined;

/**
 * Fetches the declarations once per page (a failure may be retried later) and registers those
 * of `context`. The language service has one set of globals, so the editor made last decides:
 * a practice session shows one exercise at a time, and a page's runners all share 'lesson'.
 */
export function loadEditorTypes(context: GlobalsContext): Promise<void> {
  typesLoaded ??= fetchEditorTypes().catch((error: unknown) => {
    typesLoaded = undefined;
    console.warn('Code editor: completions for tf and the attention functions are off.', error);
    return undefined;
  });
  return typesLoaded.then((files) => {
    if (!files || contextShown === context) return;
    contextShown = context;
    // One call rather than one addExtraLib per file: each change restarts the worker's sync.
    ts.setExtraLibs(filesFor(files, context));
    setSemanticChecks(true);
  });
}

export { monaco };
