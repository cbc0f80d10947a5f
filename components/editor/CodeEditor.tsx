'use client';

import { useEffect, useLayoutEffect, useRef, type JSX, type RefObject } from 'react';
import { useLocale, useT } from '@/components/LocaleContext';
import type { RunError } from '@/lib/runtime/displays';
import { errorText } from '@/lib/runtime/errorText';
import { EditorHint } from './EditorHint';
import type { GlobalsContext } from './editorTypes';
import { monaco, previewLanguage, startLanguageService, themes } from './monaco';
import type { PendingInput } from './pendingInput';
import { useColorScheme } from './useColorScheme';

interface CodeEditorMarker {
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  message: string;
}

export interface CodeEditorProps {
  /**
   * The code. The editor's model is the source of truth once it exists: this is read when the
   * editor is made and whenever `revision` changes, never to echo the learner's typing back.
   */
  value: string;
  /** Bumped by the owner when it sets the code from outside (Reset, an example, a link). */
  revision: number;
  /** Every change in the editor, typed or replayed. */
  onChange: (code: string) => void;
  /**
   * Called on Ctrl+Enter (Cmd+Enter on macOS) with the model's text at that instant: the owner's
   * state may still be a render behind a key pressed in the same moment, so run this, not it.
   */
  onRun: (code: string) => void;
  /**
   * The last run's error: a red squiggle at its line with its text in the page's language, and
   * that line revealed. Worded here, not by the owner, so the error texts load with the editor.
   */
  error?: RunError;
  ariaLabel: string;
  /** Height of the editing area in px, fixed so nothing moves when it replaces a placeholder. */
  height: number;
  /** Unique per runner, e.g. 'file:///questions/attention-basics/main.ts'. */
  modelPath: string;
  /** Which sandbox globals the code has: 'lesson' (a page's runner, the default) or 'drill'. */
  globals?: GlobalsContext;
  /** A caret and keys from the placeholder, replayed once when the editor is made. */
  pendingRef?: RefObject<PendingInput>;
}

/** Marker owner, so run errors replace each other and never touch TypeScript's own markers. */
const markerOwner = 'runner';

const themeFor = (scheme: 'light' | 'dark') => themes[scheme];

/**
 * Monaco editing TypeScript learner code, with completions and hover docs for `tf`, `show` and
 * the attention functions. Load it lazily (next/dynamic, ssr: false): it pulls in Monaco.
 */
export default function CodeEditor({
  value,
  revision,
  onChange,
  onRun,
  error,
  ariaLabel,
  height,
  modelPath,
  globals = 'lesson',
  pendingRef,
}: CodeEditorProps): JSX.Element {
  const hostRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const scheme = useColorScheme();
  const runLabel = useT()('editor.run');

  // The editor is made once per model; this ref lets it call the latest props without being
  // rebuilt (which would lose the cursor, undo history and scroll position) on every render.
  const props = {
    value,
    revision,
    onChange,
    onRun,
    ariaLabel,
    scheme,
    runLabel,
    pendingRef,
    globals,
  };
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  // The revision whose value the model holds: typing never changes it, so a render that lags
  // the learner's typing by a keystroke cannot put old text back.
  const appliedRevision = useRef(revision);

  // A layout effect: the editor is made, and takes the focus from the placeholder it replaces,
  // in the same task as the swap, so focus is never seen resting on the page in between.
  useLayoutEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const uri = monaco.Uri.parse(modelPath);
    // A model left at this path (say, by a remount that raced a dispose) would make create throw.
    monaco.editor.getModel(uri)?.dispose();
    const model = monaco.editor.createModel(latest.current.value, previewLanguage, uri);
    appliedRevision.current = latest.current.revision;
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
      // Linux's default 'dimmed' draws the last line's number too faint to read (axe: contrast).
      renderFinalNewline: 'on',
    });
    // An action, not editor.addCommand: addCommand keybindings are global in Monaco, so with two
    // editors on a page the last one created would take every Ctrl+Enter. Actions are scoped to
    // their editor (an editorId precondition) and also appear in the context menu and F1.
    const run = editor.addAction({
      id: 'attention-atlas.run',
      label: latest.current.runLabel,
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
      contextMenuGroupId: 'navigation',
      run: () => latest.current.onRun(model.getValue()),
    });
    const changes = model.onDidChangeContent(() => {
      startLanguageService(model, latest.current.globals);
      latest.current.onChange(model.getValue());
    });
    editorRef.current = editor;
    if (latest.current.pendingRef) replay(editor, latest.current.pendingRef.current);
    return () => {
      run.dispose();
      changes.dispose();
      editorRef.current = null;
      editor.dispose();
      model.dispose();
    };
  }, [modelPath]);

  // A value set from outside (a reset, a loaded snippet) replaces the text as one undoable edit.
  // Only a new revision says so; the value that typing sends back through onChange is ignored.
  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model || appliedRevision.current === revision) return;
    appliedRevision.current = revision;
    if (model.getValue() === value) return;
    model.pushEditOperations([], [{ range: model.getFullModelRange(), text: value }], () => null);
  }, [value, revision, modelPath]);

  useEffect(() => {
    editorRef.current?.updateOptions({ ariaLabel });
  }, [ariaLabel, modelPath]);

  useEffect(() => {
    // Themes are global in Monaco; every editor on the page follows the same system setting.
    monaco.editor.setTheme(themeFor(scheme));
  }, [scheme]);

  // Keyed by content: callers build a fresh array each render, and re-applying (and revealing
  // the error line) on every keystroke would scroll the view away from where the learner types.
  const locale = useLocale();
  const markers: CodeEditorMarker[] = error?.location
    ? [{ ...error.location, message: errorText(error, locale) }]
    : [];
  const markerKey = JSON.stringify(markers);
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

/** Puts the caret where the placeholder was clicked and types what was typed there, in order. */
function replay(editor: monaco.editor.IStandaloneCodeEditor, pending: PendingInput) {
  const { caret, keys, focused } = pending;
  pending.caret = null;
  pending.keys = [];
  // Only if focus has not gone elsewhere meanwhile: it is on nothing once the placeholder left.
  const focusFree = !document.activeElement || document.activeElement === document.body;
  if ((focused || keys.length > 0) && focusFree) editor.focus();
  if (caret) editor.setPosition(caret);
  for (const key of keys) {
    if (key === 'Backspace') editor.trigger('keyboard', 'deleteLeft', null);
    else if (key === 'Delete') editor.trigger('keyboard', 'deleteRight', null);
    // Through 'type', as a keystroke would, so brackets and indentation behave the same.
    else editor.trigger('keyboard', 'type', { text: key === 'Enter' ? '\n' : key });
  }
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
