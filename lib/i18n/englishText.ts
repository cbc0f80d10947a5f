/**
 * Finds English prose in the text of a Chinese page: a run of three or more Latin words in a
 * row. Code, formulas and keys are left out before the text gets here (the e2e test reads the
 * page without code, pre, kbd and KaTeX); what stays allowed in the text itself:
 * - an English term kept in brackets after its Chinese rendering, as the glossary asks at first
 *   use: 多查询注意力（multi-query attention）;
 * - a web address;
 * - fewer than three Latin words together: names (Transformer, GPT-2 small), units, symbols.
 */
const latinWord = String.raw`[A-Za-z][A-Za-z'’.-]*`;
const latinRun = new RegExp(`${latinWord}(?:[ \\u00a0]+${latinWord}){2,}`, 'g');
const han = /\p{Script=Han}/u;

/** Brackets, full-width or not, whose content has no Chinese: a gloss kept in English. */
const glosses = /（[^（）]*）|\([^()]*\)/g;

export function englishSentences(text: string): string[] {
  const plain = text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(glosses, (bracket) => (han.test(bracket) ? bracket : ' '));
  return [...plain.matchAll(latinRun)].map((m) => m[0]);
}
