import { describe, expect, it } from 'vitest';
import { format, messageTables, translator } from './messages';

describe('messages', () => {
  it('has the same keys in every language, none empty', () => {
    const keys = Object.keys(messageTables.en).sort();
    expect(Object.keys(messageTables.zh).sort()).toEqual(keys);
    for (const table of Object.values(messageTables)) {
      for (const key of keys) expect(table[key as keyof typeof table].trim(), key).not.toBe('');
    }
  });

  it('uses the same placeholders in every language', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, en] of Object.entries(messageTables.en)) {
      expect(placeholders(messageTables.zh[key as keyof typeof messageTables.zh]), key).toEqual(
        placeholders(en),
      );
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{shown} of {total}', { shown: 3, total: 30 })).toBe('3 of 30');
    expect(format('{missing}')).toBe('{missing}');
    expect(translator('zh')('home.count', { shown: 3, total: 30 })).toBe('共 30 题，显示 3 题');
  });
});
