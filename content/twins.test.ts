import { describe, expect, it } from 'vitest';
import { isLabLink } from '@/lib/lab/labLink';
import { runnableBlocks } from '@/lib/content/mdx/extractRunnable';
import { pageOutline } from '@/lib/content/mdx/pageLinks';
import { loadQuestions, questionsDir } from '@/lib/content/questions';

// Every English page has a Chinese twin that teaches the same thing with the same demos.
const english = loadQuestions();
const chinese = new Map(loadQuestions(questionsDir('zh')).map((q) => [q.id, q]));
// The Chinese code is the English code with its words for the reader in Chinese: comments, and the
// text of string literals (chart titles and axis names, table headers, series names, the labels
// of example data). Those differ; the code around them must not. The charts are found by their
// id, and the checks read columns and series by position, so the same check holds for both.
const template = /`(?:[^`\\$]|\\.|\$(?!\{)|\$\{[^}]*\})*`/g;
const quoted = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g;
/** A key of an object literal ({ tokens: n } in one edition may be { '词元数': n } in the other). */
const objectKey = /([{,]\s*)(?:[A-Za-z_$][\w$]*|'…')(\s*:(?!:))/g;
/** A chart's id, kept: both editions name their charts alike. */
const chartId = /\bid:\s*(?:'([^'\n]*)'|`([^`\n]*)`)/g;
const withoutWords = (line: string) =>
  line
    .replace(chartId, (_id, plain?: string, template?: string) => `id⟨${plain ?? template}⟩`)
    // A template keeps its substitutions, in order: `第 ${n} 步` and `step ${n}` read n, and
    // `“${words.join(' ')}”` reads as the unquoted words.join(' ').
    .replace(template, (literal) => {
      const parts = [...literal.matchAll(/\$\{([^}]*)\}/g)].map((m) => m[1]);
      return parts.length ? parts.join(' + ') : "'…'";
    })
    .replace(quoted, "'…'")
    .replace(objectKey, '$1…$2')
    // A shorthand key ({ frames }) reads as the key it names ({ '帧数': frames }).
    .replace(/([{,]\s*)([A-Za-z_$][\w$]*)(?=\s*[,}])/g, '$1…: $2');
const withoutComments = (code: string) =>
  withoutWords(
    code
      .split('\n')
      .map((line) => line.replace(/\s*\/\/.*$/, ''))
      .filter((line) => line.trim() !== '')
      .join('\n'),
  );

/** The Chinese page with `en`'s id; a missing one fails the test that asks for it. */
function twinOf(en: (typeof english)[number]) {
  const zh = chinese.get(en.id);
  if (!zh) throw new Error(`content/zh/questions/${en.fileName} is missing`);
  return zh;
}

describe.each(english.map((q) => [q.fileName, q] as const))('%s', (_fileName, en) => {
  it('has a Chinese twin with the same id, slug, topics, demos, quiz and bugs', () => {
    const zh = twinOf(en);
    expect(zh.fileName).toBe(en.fileName);
    expect({
      slug: zh.slug,
      title: zh.title,
      topics: zh.topics,
      difficulty: zh.difficulty,
    }).toEqual({ slug: en.slug, title: en.title, topics: en.topics, difficulty: en.difficulty });
    expect(zh.demos).toEqual(en.demos);
    expect(zh.quiz.map((q) => [q.id, q.answer, q.choices.length])).toEqual(
      en.quiz.map((q) => [q.id, q.answer, q.choices.length]),
    );
    expect(
      zh.bugs.map((b) => [b.id, b.lines, withoutComments(b.buggy), withoutComments(b.fixed)]),
    ).toEqual(
      en.bugs.map((b) => [b.id, b.lines, withoutComments(b.buggy), withoutComments(b.fixed)]),
    );
    expect(runnableBlocks(zh.body).map((b) => withoutComments(b.code))).toEqual(
      runnableBlocks(en.body).map((b) => withoutComments(b.code)),
    );
    expect(zh.draft).toBe(false);
    // Chinese prose, not an English copy: most of the text is Han characters.
    expect((zh.body.match(/\p{Script=Han}/gu) ?? []).length).toBeGreaterThan(500);
  });

  it('links to pages and anchors that exist in the Chinese edition', () => {
    const zh = twinOf(en);
    const anchorsBySlug = new Map(
      [...chinese.values()].map((q) => [q.slug, pageOutline(q.body).anchors]),
    );
    for (const link of pageOutline(zh.body).links) {
      if (/^[a-z]+:/.test(link)) continue;
      if (isLabLink(link, '/zh/lab/')) continue; // the Chinese Attention Lab
      const [target, anchor] = link.split('#');
      const slug =
        target === '' ? zh.slug : target.match(/^\/zh\/questions\/([a-z0-9-]+)\/?$/)?.[1];
      expect(
        slug,
        `${link}: links in the Chinese edition go to /zh/questions/<slug>/`,
      ).toBeDefined();
      expect(anchorsBySlug.has(slug!), `${link}: no such question`).toBe(true);
      if (anchor) expect(anchorsBySlug.get(slug!), `${link}: no such heading`).toContain(anchor);
    }
  });
});
