/**
 * The Chinese edition's vocabulary: for each English term, the one rendering the pages and the
 * interface use, and whether the English follows in brackets where a page first uses it
 * (词元（token）). `glossary.test.ts` fails on any other rendering in the Chinese pages' prose
 * (content/zh/questions, frontmatter included) and in the Chinese messages.
 *
 * Code, inline code, formulas and component props are not prose and are not checked: a demo's
 * variable may well be called `tokens`.
 */
export interface GlossaryEntry {
  en: string;
  zh: string;
  /**
   * The English that follows in full-width brackets where a page first uses the term
   * (词元（token）); null where the Chinese needs no gloss. An English gloss in brackets is
   * never an offence: 因果掩码（causal mask） names the English term on purpose.
   */
  gloss: string | null;
  /** Other renderings met in the translation, each refused in Chinese prose. */
  refused: RegExp[];
  /** Why this rendering, where it is not obvious. */
  note?: string;
}

/**
 * An English word standing alone in Chinese prose: not part of a longer name (Mask2Former), and
 * not code written inline (mask[t], { mask: isPad }).
 */
const latin = (word: string) => new RegExp(`(?<![A-Za-z0-9_-])${word}(?![A-Za-z0-9_\\-[:(])`, 'i');

export const glossary: GlossaryEntry[] = [
  {
    en: 'token',
    zh: '词元',
    gloss: 'token',
    refused: [latin('tokens?')],
    note: 'The term of the national terminology committee; "token" left in English read as untranslated.',
  },
  {
    en: 'mask (the noun: causal mask, padding mask)',
    zh: '掩码',
    gloss: null,
    refused: [/遮罩/, /蒙版/, /掩膜/, latin('masks?')],
  },
  {
    en: 'to mask, masked (a position, a score)',
    zh: '屏蔽',
    gloss: null,
    refused: [/遮蔽/, /掩蔽/, latin('mask(?:ed|ing)')],
    note: 'The thing is a 掩码, what it does is 屏蔽 (被屏蔽的位置). The interface said 遮蔽.',
  },
  {
    en: 'batch',
    zh: '批次',
    gloss: null,
    refused: [latin('batch(?:es)?')],
  },
  {
    en: 'patch (of an image)',
    zh: '图块',
    gloss: 'patch',
    refused: [/图像块/, /图片块/, latin('patch(?:es)?')],
  },
  {
    en: 'attention gate',
    zh: '注意力门控',
    gloss: null,
    refused: [/注意力门(?!控)/],
  },
  {
    en: 'context-to-query / query-to-context attention (BiDAF)',
    zh: '上下文到问题 / 问题到上下文',
    gloss: null,
    refused: [/文章到问题/, /问题到文章/, /段落到问题/, /问题到段落/],
    note: 'BiDAF names the passage "context"; pages 03 and 19 use the same words.',
  },
];

/** House style beyond single terms. */
export const styleRules: { name: string; refused: RegExp }[] = [
  { name: 'quotation marks are “” (not 「」)', refused: /[「」]/ },
  {
    name: 'one bracketed English gloss at a time (not 自注意力（self-attention）（ViT）)',
    refused: /（[^（）]*[A-Za-z][^（）]*）\s*（/,
  },
];
