/**
 * How text becomes search terms, for the page index and for a typed query.
 *
 * Chinese has no spaces, and the browser's word segmenter (`Intl.Segmenter`, ICU's dictionary)
 * knows everyday words but splits many technical ones into characters (掩码 -> 掩|码, 卷积 ->
 * 卷|积). So a Chinese run is indexed three ways: the segmenter's words (an exact word scores
 * extra), every overlapping pair of characters (finds words the dictionary lacks, and survives a
 * one-character typo in a longer word), and single characters (a weak last resort for a typo in a
 * two-character word). Latin letters and digits glued to Chinese form their own run, so
 * "Transformer模型" is "transformer" plus 模型.
 */

/** A query term and how much it counts: single Chinese characters count little. */
export interface QueryTerm {
  term: string;
  weight: number;
  /** A Latin word long enough for one-typo matching. */
  fuzzy: boolean;
  /** Counts towards "how much of the query a page covers" (single characters do not). */
  primary: boolean;
}

/**
 * Function words a question is phrased with, and the words naming the kind of question (what
 * X is for, its pros, how it differs): they say nothing about which page is meant.
 */
const chineseStopWords = new Set(
  (
    '的 地 得 了 着 过 吗 呢 吧 啊 呀 么 是 有 和 与 及 或 跟 在 中 里 上 对 把 被 为 从 让 给 ' +
    '为什么 什么 怎么 怎么样 怎样 如何 哪些 哪个 哪 请问 一下 可以 能 能够 会 要 需要 应该 ' +
    '这 那 这个 那个 这些 那些 一个 一种 我 你 他 她 它 我们 你们 它们 吗 啥 咋 呢 还是 以及 ' +
    '用 如果 就 都 也 又 很 更 最 处理 实现 理解 介绍 作用 原理 意义 含义 概念 优点 缺点 好处 优势 ' +
    '区别 联系 不同'
  ).split(' '),
);

const englishStopWords = new Set(
  (
    'a an the is are was were be been being how what why when where which who whom does do did ' +
    'vs versus of in on and or to for with it its by from as at that this these those between ' +
    'about can could should would i my me we our you your there their them than then into ' +
    'use used using work works explain benefit benefits advantage advantages difference ' +
    'differences'
  ).split(' '),
);

const hanRun = /\p{Script=Han}+/u;
/** Han runs, or runs of other letters and digits (Han excluded, so "CBAM空间" splits in two). */
const runs = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;

/** ICU's Chinese word segmenter, where the runtime has one (Node 20, Chromium, Firefox, Safari). */
const segmenter =
  typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;

/** Chinese words of a Han run; null without a segmenter (the character pairs still work). */
function words(run: string): string[] | null {
  if (!segmenter) return null;
  return [...segmenter.segment(run)].map((s) => s.segment);
}

/**
 * Chinese words that hold a shorter word of another meaning: 预填充 (prefill) is not 填充
 * (padding). Such a word is one term, in pages and queries alike, and its inner character pairs
 * are not terms, so a search for padding does not find the page about prefill.
 */
const compounds = ['预填充'];
const compoundPattern = new RegExp(`(${compounds.join('|')})`, 'u');

/** A Han run cut around its compounds: [ordinary text, compound, ordinary text, ...]. */
function aroundCompounds(run: string): { text: string; compound: boolean }[] {
  return run
    .split(compoundPattern)
    .map((text, i) => ({ text, compound: i % 2 === 1 }))
    .filter((piece) => piece.text !== '');
}

function pairs(chars: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

/** Replaces each character that has a mapping (Traditional -> Simplified), leaving others. */
export function foldText(text: string, fold: Readonly<Record<string, string>>): string {
  let out = '';
  for (const ch of text) out += fold[ch] ?? ch;
  return out;
}

/** Every term a page's text is indexed under. */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const run of text.toLowerCase().match(runs) ?? []) {
    if (!hanRun.test(run)) {
      terms.push(run);
      continue;
    }
    for (const piece of aroundCompounds(run)) {
      const chars = [...piece.text];
      terms.push(...chars);
      if (piece.compound) {
        terms.push(piece.text);
        continue;
      }
      terms.push(...pairs(chars));
      for (const word of words(piece.text) ?? []) if ([...word].length > 2) terms.push(word);
    }
  }
  return terms;
}

/** Weight of a stop word: never required, but "what is attention" still prefers "What is ...". */
const stopWeight = 0.3;
/** Weight of a single character of a longer Chinese query: a weak hint past a typo. */
const charWeight = 0.15;

/**
 * The terms of a typed query. Stop words are kept only as weak, optional terms. A Chinese run is
 * cut at its stop words into chunks; each chunk gives its character pairs and its longer words
 * (the terms a page should cover), and its single characters (weak, optional).
 */
export function queryTerms(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const optional = (term: string, weight: number) =>
    terms.push({ term, weight, fuzzy: false, primary: false });
  const main = (term: string, fuzzy = false) =>
    terms.push({ term, weight: 1, fuzzy, primary: true });
  for (const run of query.toLowerCase().match(runs) ?? []) {
    if (!hanRun.test(run)) {
      if (englishStopWords.has(run)) optional(run, stopWeight);
      else main(run, run.length > 3);
      continue;
    }
    for (const chunk of chunks(run)) {
      const chars = [...chunk.text];
      if (chunk.stop) optional(chunk.text, stopWeight);
      else if (chunk.compound) {
        main(chunk.text);
        for (const ch of chars) optional(ch, charWeight);
      } else if (chars.length === 1) main(chunk.text);
      else {
        for (const pair of pairs(chars)) main(pair);
        for (const word of chunk.words) if ([...word].length > 2) main(word);
        for (const ch of chars) optional(ch, charWeight);
      }
    }
  }
  // A query of stop words alone ("什么是") makes them its main terms.
  if (!terms.some((t) => t.primary)) for (const t of terms) t.primary = true;
  const strongest = new Map<string, QueryTerm>();
  for (const t of terms) {
    const before = strongest.get(t.term);
    if (!before || before.weight < t.weight) strongest.set(t.term, t);
  }
  return [...strongest.values()];
}

interface Chunk {
  text: string;
  words: string[];
  stop: boolean;
  compound: boolean;
}

/** A Han run as chunks: compounds and stop words alone, the words between them together. */
function chunks(run: string): Chunk[] {
  return aroundCompounds(run).flatMap((piece) =>
    piece.compound
      ? [{ text: piece.text, words: [piece.text], stop: false, compound: true }]
      : ordinaryChunks(piece.text),
  );
}

function ordinaryChunks(run: string): Chunk[] {
  const segmented = words(run);
  if (!segmented) return [{ text: run, words: [], stop: false, compound: false }];
  const out: Chunk[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) {
      out.push({ text: current.join(''), words: current, stop: false, compound: false });
    }
    current = [];
  };
  for (const word of segmented) {
    if (chineseStopWords.has(word)) {
      flush();
      out.push({ text: word, words: [word], stop: true, compound: false });
    } else current.push(word);
  }
  flush();
  return out;
}
