import fs from 'node:fs';
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { glossary, styleRules } from './glossary';
import { labMessageTables } from './labMessages';
import { messageTables } from './messages';
import { withoutGlosses, zhProse } from './zhProse';

const dir = path.join(process.cwd(), 'content', 'zh', 'questions');
const isPage = (name: string) => name.endsWith('.mdx');
/** Every English page has its Chinese twin, so the Chinese pages read here are as many. */
const pageCount = fs
  .readdirSync(path.join(process.cwd(), 'content', 'questions'))
  .filter(isPage).length;
const pages = fs
  .readdirSync(dir)
  .filter(isPage)
  .sort()
  .map((name) => ({ name, prose: zhProse(fs.readFileSync(path.join(dir, name), 'utf8')) }));

const rules = [
  ...glossary.flatMap((entry) =>
    entry.refused.map((refused) => ({
      name: `${entry.en} is ${entry.zh}`,
      refused,
      // An English gloss in brackets names the English term on purpose.
      prose: withoutGlosses,
    })),
  ),
  ...styleRules.map((rule) => ({ ...rule, prose: (text: string) => text })),
];

/** Every place in Chinese prose that breaks a rule, as "file:line rule: text". */
function offences(): string[] {
  const found: string[] = [];
  for (const { name, prose } of pages) {
    for (const { line, text } of prose) {
      for (const rule of rules) {
        const checked = rule.prose(text);
        const hit = checked.match(rule.refused);
        if (hit) found.push(`${name}:${line} ${rule.name}: …${around(checked, hit.index ?? 0)}…`);
      }
    }
  }
  const zhMessages = { ...messageTables.zh, ...labMessageTables.zh };
  for (const [key, text] of Object.entries(zhMessages)) {
    for (const rule of rules) {
      if (rule.refused.test(rule.prose(text))) found.push(`messages ${key} ${rule.name}: ${text}`);
    }
  }
  return found;
}

function around(text: string, at: number): string {
  return text.slice(Math.max(0, at - 12), at + 20);
}

/** Pages whose first use of a glossed term lacks the English in brackets right after it. */
function missingGlosses(): string[] {
  const found: string[] = [];
  for (const entry of glossary) {
    if (!entry.gloss) continue;
    for (const { name, prose } of pages) {
      const first = prose.find((p) => p.inBody && p.text.includes(entry.zh));
      if (!first) continue;
      const after = first.text.slice(first.text.indexOf(entry.zh) + entry.zh.length);
      if (!after.replace(/^\*+/, '').startsWith(`（${entry.gloss}`)) {
        found.push(`${name}:${first.line} ${entry.zh} first used without （${entry.gloss}）`);
      }
    }
  }
  return found;
}

describe('the Chinese vocabulary', () => {
  it('finds prose in every page, frontmatter included', () => {
    expect(pages).toHaveLength(pageCount);
    for (const { prose } of pages) expect(prose.length).toBeGreaterThan(20);
  });

  it('uses each term’s one rendering in the pages and the messages', () => {
    expect(offences()).toEqual([]);
  });

  it('gives the English in brackets where a page first uses a glossed term', () => {
    expect(missingGlosses()).toEqual([]);
  });

  it('renders every ** as bold (a closing ** after ） and before a character does not close)', () => {
    const literal: string[] = [];
    for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.mdx'))) {
      const body = fs
        .readFileSync(path.join(dir, name), 'utf8')
        .replace(/^---\n[\s\S]*?\n---\n/, '');
      const tree = unified().use(remarkParse).use(remarkGfm).parse(body);
      visit(tree, 'text', (node: { value: string }) => {
        if (node.value.includes('**')) literal.push(`${name}: ${node.value.slice(0, 40)}`);
      });
    }
    expect(literal).toEqual([]);
  });

  it('catches the renderings it refuses, and not code or formulas', () => {
    const sample = zhProse(
      [
        '---',
        'title: { en: "x", zh: "把 token 遮住" }',
        'summary: "被遮蔽的位置，加上 mask"',
        '---',
        '每个 batch 的图像块，「注意力门」。',
        '自注意力（self-attention）（ViT）',
        '`tokens` 与 $\\text{mask}$，因果掩码（causal mask），mask[t] 与 Mask2Former',
        '```ts run',
        'const batch = 2;',
        '```',
      ].join('\n'),
    );
    const displayFormula = zhProse(
      [
        '---',
        'summary: "大小"',
        '---',
        '$$',
        '\\text{bytes} = n_\\text{tokens} \\times \\text{batch}',
        '$$',
      ].join('\n'),
    );
    expect(displayFormula.filter((p) => p.inBody)).toEqual([]);
    const broken = rules.filter((rule) =>
      sample.some((p) => rule.refused.test(rule.prose(p.text))),
    );
    expect(broken.map((r) => r.name).sort()).toEqual(
      [
        'token is 词元',
        'mask (the noun: causal mask, padding mask) is 掩码',
        'to mask, masked (a position, a score) is 屏蔽',
        'batch is 批次',
        'patch (of an image) is 图块',
        'attention gate is 注意力门控',
        styleRules[0].name,
        styleRules[1].name,
      ].sort(),
    );
  });
});
