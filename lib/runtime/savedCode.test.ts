import { describe, expect, it } from 'vitest';
import { codeKey } from './savedCode';

describe('saved-edit slots', () => {
  it('keeps the key a block had before slots, when it has none', () => {
    // FNV-1a of "abc" is 0x1a47e90b (the published test vector), 440920331 in base 36.
    expect(codeKey('/q/', 'abc')).toBe(`atlas:code:/q/:${(0x1a47e90b).toString(36)}`);
  });

  it('gives two blocks with the same code on one page different keys', () => {
    const first = codeKey('/q/', 'show(1)');
    const repeat = codeKey('/q/', 'show(1)', '1');
    expect(repeat).not.toBe(first);
    expect(codeKey('/q/', 'show(1)', '2')).not.toBe(repeat);
  });
});
