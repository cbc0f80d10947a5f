// Monaco's core worker (diffing, word-based suggestions, links), bundled from our own build so
// the editor works offline. Loaded by MonacoEnvironment.getWorker in ./monaco.ts.
import 'monaco-editor/editor/editor.worker';
