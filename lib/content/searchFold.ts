import * as OpenCC from 'opencc-js/t2cn';

// OpenCC's Taiwan and Hong Kong tables, each ending in Simplified (mainland) characters.
const toSimplified = [
  OpenCC.Converter({ from: 'tw', to: 'cn' }),
  OpenCC.Converter({ from: 'hk', to: 'cn' }),
];

/** The CJK Unified Ideographs, with extension A: every character a query may plausibly hold. */
const firstHan = 0x3400;
const lastHan = 0x9fff;

/**
 * A Traditional -> Simplified character table for the search box, built at build time from
 * OpenCC and cut down to the characters whose Simplified form occurs in `text` (the pages):
 * a Traditional character that folds to anything else cannot match a page either way. This
 * keeps the table a few kilobytes, so the browser never loads the converter itself.
 */
export function foldTable(text: string): Record<string, string> {
  const present = new Set(text);
  const table: Record<string, string> = {};
  for (let code = firstHan; code <= lastHan; code++) {
    const ch = String.fromCodePoint(code);
    for (const convert of toSimplified) {
      const simplified = convert(ch);
      if (simplified !== ch && [...simplified].length === 1) {
        if (present.has(simplified)) table[ch] = simplified;
        break;
      }
    }
  }
  return table;
}
