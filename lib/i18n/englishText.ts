/**
 * Finds English prose in the text of a Chinese page: a run of three or more Latin words in a
 * row. Code, formulas and keys are left out before the text gets here (the e2e test reads the
 * page without code, pre, kbd and KaTeX); what stays allowed in the text itself:
 * - an English term kept in brackets after its Chinese rendering, as the glossary asks at first
 *   use: 多查询注意力（multi-query attention）, or after a comma in the brackets:
 *   （受试者工作特征曲线，receiver operating characteristic）;
 * - a quoted English example, the input a demo works on: 句子是 “we flew to paris”;
 * - a name in title case: Audio Spectrogram Transformer, Listen, Attend and Spell;
 * - spelled letters (y e s), a web address;
 * - fewer than three Latin words together: names (Transformer, GPT-2 small), units, symbols.
 */
const latinWord = String.raw`[A-Za-z][A-Za-z'’.-]*`;
const latinRun = new RegExp(`${latinWord}(?:[ \\u00a0]+${latinWord}){2,}`, 'g');
const han = /\p{Script=Han}/u;

/** Brackets, full-width or not: their parts without Chinese are glosses kept in English. */
const brackets = /（[^（）]*）|\([^()]*\)/g;
/** Quotes around an example: “...”, "...", ‘...’, '...', 「...」. */
const quotes = /“[^“”]*”|"[^"]*"|‘[^‘’]*’|(?<![A-Za-z])'[^']*'(?![A-Za-z])|「[^「」]*」/g;
/** Words a title-case name may have in lower case. */
const minor = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'in',
  'of',
  'on',
  'the',
  'to',
  'with',
]);

export function englishSentences(text: string): string[] {
  const plain = text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(quotes, (quoted) => (han.test(quoted) ? quoted : ' '))
    .replace(brackets, (bracket) =>
      bracket
        .split(/([，,、；;])/)
        .map((part) => (han.test(part) || /^[，,、；;（）()]$/.test(part) ? part : ' '))
        .join(''),
    );
  return [...plain.matchAll(latinRun)].map((m) => m[0]).filter((run) => !allowed(run));
}

function allowed(run: string): boolean {
  const words = run.split(/[ \u00a0]+/);
  if (words.every((w) => w.length === 1)) return true;
  const capital = (w: string) => /^[A-Z]/.test(w);
  return (
    capital(words[0]) &&
    capital(words.at(-1)!) &&
    words.every((w) => capital(w) || minor.has(w.toLowerCase()))
  );
}
