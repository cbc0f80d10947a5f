'use client';

import { useEffect, useRef, type JSX } from 'react';
import { useT } from '@/components/LocaleContext';
import { EditorHint } from './EditorHint';
import type { GlobalsContext } from './editorTypes';
import { loadEditorTypes, monaco } from './monaco';
import { useColorScheme } from './useColorScheme';

export interface CodeEditorMarker {
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  message: string;
}

export interface CodeEditorProps {
  value: string;
  onChange: (code: string) => void;
  /** Called on Ctrl+Enter (Cmd+Enter on macOS). */
  onRun: () => void;
  /** Errors from the last run: red squiggles with hover text; the first one's line is revealed. */
  markers?: CodeEditorMarker[];
  ariaLabel: string;
  /** Height of the editing area in px, fixed so nothing moves when it replaces a placeholder. */
  height: number;
  /** Unique per runner, e.g. 'file:///questions/attention-basics/main.ts'. */
  modelPath: string;
  /** Which sandbox globals the code has: 'lesson' (a page's runner, the default) or 'drill'. */
  globals?: GlobalsContext;
}

/** Marker owner, so run errors replace each other and never touch TypeScript's own markers. */
const markerOwner = 'runner';

const themeFor = (scheme: 'light' | 'dark') => (scheme === 'dark' ? 'vs-dark' : 'vs');

/**
 * Monaco editing TypeScript learner code, with completions and hover docs for `tf`, `show` and
 * the attention functions. Load it lazily (next/dynamic, ssr: false): it pulls in Monaco.
 */
export default function CodeEditor({
  value,
  onChange,
  onRun,
  markers,
  ariaLabel,
  height,
  modelPath,
  globals = 'lesson',
}: CodeEditorProps): JSX.Element {
  const hostRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const scheme = useColorScheme();
  const runLabel = useT()('editor.run');

  // The editor is made once per model; this ref lets it call the latest props without being
  // rebuilt (which would lose the cursor, undo history and scroll position) on every render.
  const latest = useRef({ value, onChange, onRun, ariaLabel, scheme, runLabel });
  useEffect(() => {
    latest.current = { value, onChange, onRun, ariaLabel, scheme, runLabel };
  });

  useEffect(() => {
    void loadEditorTypes(globals);
  }, [globals]);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const uri = monaco.Uri.parse(modelPath);
    // A model left at this path (say, by a remount that raced a dispose) would make create throw.
    monaco.editor.getModel(uri)?.dispose();
    const model = monaco.editor.createModel(latest.current.value, 'typescript', uri);
    model.updateOptions({ tabSize: 2, insertSpaces: true });
    const editor = monaco.editor.create(host, {
      model,
      ariaLabel: latest.current.ariaLabel,
      theme: themeFor(latest.current.scheme),
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 14,
      lineNumbers: 'on',
      scrollBeyondLastLine: false,
      wordWrap: 'off',
      detectIndentation: false,
      tabSize: 2,
      // Hovers and suggestions escape the fixed-height box instead of being clipped by it.
      fixedOverflowWidgets: true,
    });
    // An action, not editor.addCommand: addCommand keybindings are global in Monaco, so with two
    // editors on a page the last one created would take every Ctrl+Enter. Actions are scoped to
    // their editor (an editorId precondition) and also appear in the context menu and F1.
    const run = editor.addAction({
      id: 'attention-atlas.run',
      label: latest.current.runLabel,
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
      contextMenuGroupId: 'navigation',
      run: () => latest.current.onRun(),
    });
    const changes = model.onDidChangeContent(() => latest.current.onChange(model.getValue()));
    editorRef.current = editor;
    return () => {
      run.dispose();
      changes.dispose();
      editorRef.current = null;
      editor.dispose();
      model.dispose();
    };
  }, [modelPath]);

  // A new value from outside (a reset, a loaded snippet) replaces the text as one undoable edit.
  // Typing echoes back the model's own text through onChange, which this leaves alone.
  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model || model.getValue() === value) return;
    model.pushEditOperations([], [{ range: model.getFullModelRange(), text: value }], () => null);
  }, [value, modelPath]);

  useEffect(() => {
    editorRef.current?.updateOptions({ ariaLabel });
  }, [ariaLabel, modelPath]);

  useEffect(() => {
    // Themes are global in Monaco; every editor on the page follows the same system setting.
    monaco.editor.setTheme(themeFor(scheme));
  }, [scheme]);

  // Keyed by content: callers build a fresh array each render, and re-applying (and revealing
  // the error line) on every keystroke would scroll the view away from where the learner types.
  const markerKey = JSON.stringify(markers ?? []);
  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model) return;
    const list = JSON.parse(markerKey) as CodeEditorMarker[];
    monaco.editor.setModelMarkers(
      model,
      markerOwner,
      list.map((m) => toMarker(model, m)),
    );
    if (list.length > 0) {
      editor.revealLineInCenterIfOutsideViewport(clampLine(model, list[0].line));
    }
  }, [markerKey, modelPath]);

  return (
    <div>
      <div ref={hostRef} style={{ height }} />
      <EditorHint />
    </div>
  );
}

function clampLine(model: monaco.editor.ITextModel, line: number) {
  return Math.min(Math.max(1, Math.floor(line)), model.getLineCount());
}

/** Underlines the word at the error (or one character) so the squiggle is visible. */
function toMarker(
  model: monaco.editor.ITextModel,
  { line, column, message }: CodeEditorMarker,
): monaco.editor.IMarkerData {
  const lineNumber = clampLine(model, line);
  const maxColumn = model.getLineMaxColumn(lineNumber);
  const startColumn = Math.min(Math.max(1, Math.floor(column)), maxColumn);
  const word = model.getWordAtPosition({ lineNumber, column: startColumn });
  return {
    severity: monaco.MarkerSeverity.Error,
    message,
    startLineNumber: lineNumber,
    startColumn: word?.startColumn ?? startColumn,
    endLineNumber: lineNumber,
    endColumn: word?.endColumn ?? Math.min(startColumn + 1, maxColumn),
  };
}
