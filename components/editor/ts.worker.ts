// Monaco's TypeScript language service worker (completions, hover, diagnostics).
import 'monaco-editor/language/typescript/ts.worker';
