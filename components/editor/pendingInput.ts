/**
 * What a learner did in a code block's highlighted placeholder before Monaco arrived: where they
 * clicked and what they typed. The editor replays it when it mounts, so nothing is dropped.
 * Monaco-free, so the placeholder can record it without loading the editor.
 */
export interface PendingInput {
  /** The caret a click placed (1-based line and column), if any. */
  caret: { lineNumber: number; column: number } | null;
  /** Keys typed, in order: one character each, or 'Enter', 'Backspace' or 'Delete'. */
  keys: string[];
  /** Whether the placeholder had focus when the editor replaced it. */
  focused: boolean;
}

export function emptyPendingInput(): PendingInput {
  return { caret: null, keys: [], focused: false };
}

const editingKeys = new Set(['Enter', 'Backspace', 'Delete']);

/**
 * The key to carry over, or null for one the page should handle as usual: Tab still moves
 * focus, arrows still scroll, and shortcuts (Ctrl+Enter runs) reach the panel.
 */
export function keyToCarry(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing?: boolean;
}): string | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return null;
  if ([...event.key].length === 1 || editingKeys.has(event.key)) return event.key;
  return null;
}

/** 1-based line and column of a character offset into `text`. */
export function positionAt(text: string, offset: number): { lineNumber: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { lineNumber: lines.length, column: lines[lines.length - 1].length + 1 };
}
