/**
 * The one place that imports Monaco and configures it for learner code. Importing this module
 * loads Monaco (about 1 MB gzip), so only the lazily loaded CodeEditor may import it.
 */
import * as monaco from 'monaco-editor';
import * as tsGrammar from 'monaco-editor/languages/definitions/typescript/typescript.js';
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

/**
 * Monaco's own themes with the colours that read below 4.5:1 on their background replaced
 * (axe, colour contrast): in vs-dark comments (#608B4E, 4.2:1), regular expressions and
 * predefined names; in vs, annotations. The replacements are VS Code's later Dark+ colours or
 * close to the originals.
 */
export const themes = { light: 'atlas-light', dark: 'atlas-dark' } as const;
monaco.editor.defineTheme(themes.light, {
  base: 'vs',
  inherit: true,
  rules: [{ token: 'annotation', foreground: '6E6E6E' }],
  colors: {},
});
monaco.editor.defineTheme(themes.dark, {
  base: 'vs-dark',
  inherit: true,
  rules: [
    { token: 'comment', foreground: '6A9955' },
    { token: 'regexp', foreground: 'D16969' },
    { token: 'variable.predefined', foreground: '6D8BD0' },
    { token: 'annotation', foreground: 'E07A7A' },
  ],
  colors: {},
});

/**
 * Code is coloured by this language until its first edit: TypeScript's own grammar and brackets
 * (the same token names, so the same colours) without TypeScript's language service. Naming a
 * model 'typescript' starts that service's worker (about 1.4 MB, seconds of CPU on a phone),
 * which most readers, who read and press Run, never need.
 */
export const previewLanguage = 'atlas-typescript-preview';
monaco.languages.register({ id: previewLanguage });
monaco.languages.setMonarchTokensProvider(previewLanguage, tsGrammar.language);
monaco.languages.setLanguageConfiguration(previewLanguage, tsGrammar.conf);

/**
 * Completions, hovers and error checks for this model from now on, with the globals of
 * `context`: called on its first edit.
 */
export function startLanguageService(
  model: monaco.editor.ITextModel,
  context: GlobalsContext,
): void {
  if (model.getLanguageId() === 'typescript') return;
  monaco.editor.setModelLanguage(model, 'typescript');
  void loadEditorTypes(context);
}

export { monaco };
