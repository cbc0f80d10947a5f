import { describe, expect, it } from 'vitest';
import { labMessageTables } from './labMessages';
import { format, messageTables, translator } from './messages';

// The site's table, and the lab's, which only /lab/ carries.
const allTables = [messageTables, labMessageTables] as Record<string, Record<string, string>>[];

describe('messages', () => {
  it('has the same keys in every language, none empty', () => {
    for (const tables of allTables) {
      const keys = Object.keys(tables.en).sort();
      expect(Object.keys(tables.zh).sort()).toEqual(keys);
      for (const table of Object.values(tables)) {
        for (const key of keys) expect(table[key].trim(), key).not.toBe('');
      }
    }
  });

  it('uses the same placeholders in every language', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const tables of allTables) {
      for (const [key, en] of Object.entries(tables.en)) {
        expect(placeholders(tables.zh[key]), key).toEqual(placeholders(en));
      }
    }
  });

  it('keeps no key in both the site table and the lab table', () => {
    const site = new Set(Object.keys(messageTables.en));
    expect(Object.keys(labMessageTables.en).filter((key) => site.has(key))).toEqual([]);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{shown} of {total}', { shown: 3, total: 30 })).toBe('3 of 30');
    expect(format('{missing}')).toBe('{missing}');
    expect(translator('zh')('home.count', { shown: 3, total: 30 })).toBe('共 30 题，显示 3 题');
  });
});
