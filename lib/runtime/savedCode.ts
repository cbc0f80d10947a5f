/**
 * A learner's edits to one code block, kept on the device so they survive a reload.
 * Storage can be missing or full (private mode): then edits simply are not kept.
 */
const prefix = 'atlas:code:';

/**
 * The slot for one block: its page and code, and `slot` to tell apart blocks with the same code
 * on that page. Without a slot the key is what it always was, so earlier edits are still found.
 */
export function codeKey(page: string, original: string, slot?: string): string {
  return `${prefix}${page}:${hash(original)}${slot ? `:${slot}` : ''}`;
}

export function loadCode(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function saveCode(key: string, code: string | null): void {
  try {
    if (code === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, code);
  } catch {
    // Unavailable or full storage: the edit still lives in the page until it is left.
  }
}

/** A short stable fingerprint of the original code (FNV-1a), so each block has its own slot. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
