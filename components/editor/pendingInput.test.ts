import { describe, expect, it } from 'vitest';
import { keyToCarry, positionAt } from './pendingInput';

const plain = { ctrlKey: false, metaKey: false, altKey: false };

describe('keys typed before the editor arrives', () => {
  it('carries characters, brackets, quotes and the editing keys', () => {
    for (const key of ['a', ' ', '(', ']', '{', '"', "'", '`', 'é', 'Enter', 'Backspace', 'Delete'])
      expect(keyToCarry({ ...plain, key })).toBe(key);
  });

  it('carries a character outside the basic plane as one key', () => {
    expect(keyToCarry({ ...plain, key: '😀' })).toBe('😀');
  });

  it('leaves Tab, arrows, shortcuts and composition to the page', () => {
    for (const key of ['Tab', 'ArrowDown', 'Shift', 'Escape', 'F5'])
      expect(keyToCarry({ ...plain, key })).toBeNull();
    expect(keyToCarry({ ...plain, ctrlKey: true, key: 'Enter' })).toBeNull();
    expect(keyToCarry({ ...plain, metaKey: true, key: 'a' })).toBeNull();
    expect(keyToCarry({ ...plain, altKey: true, key: 'x' })).toBeNull();
    expect(keyToCarry({ ...plain, isComposing: true, key: 'n' })).toBeNull();
  });
});

describe('where a click in the placeholder puts the caret', () => {
  const code = 'const a = 1;\nconst b = 2;\n';

  it('counts lines and columns from 1', () => {
    expect(positionAt(code, 0)).toEqual({ lineNumber: 1, column: 1 });
    expect(positionAt(code, 6)).toEqual({ lineNumber: 1, column: 7 });
    // Just after the first newline: the start of line 2.
    expect(positionAt(code, 13)).toEqual({ lineNumber: 2, column: 1 });
    expect(positionAt(code, 25)).toEqual({ lineNumber: 2, column: 13 });
  });

  it('keeps an offset outside the text inside it', () => {
    expect(positionAt(code, -4)).toEqual({ lineNumber: 1, column: 1 });
    expect(positionAt(code, 1000)).toEqual({ lineNumber: 3, column: 1 });
  });
});
