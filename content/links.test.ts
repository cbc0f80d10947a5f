import { describe, expect, it } from 'vitest';
import { isLabLink } from '@/lib/lab/labLink';
import { pageOutline } from '@/lib/content/mdx/pageLinks';
import { loadQuestions } from '@/lib/content/questions';

// Internal links between pages, and to headings, must land somewhere.
const questions = loadQuestions();
const outlines = new Map(questions.map((q) => [q.slug, pageOutline(q.body)]));

describe.each(questions.map((q) => [q.fileName, q] as const))('%s', (_file, question) => {
  const { links } = outlines.get(question.slug)!;

  it('links only to pages and anchors that exist', () => {
    for (const link of links) {
      if (/^[a-z]+:/.test(link)) continue; // external: http(s), mailto
      if (isLabLink(link, '/lab/')) continue; // the Attention Lab, a page of its own
      const [path, anchor] = link.split('#');
      const target =
        path === '' ? question.slug : path.match(/^\/questions\/([a-z0-9-]+)\/?$/)?.[1];
      expect(
        target,
        `${link}: only /questions/<slug>/, /lab/ and #anchor links are used`,
      ).toBeDefined();
      expect(outlines.has(target!), `${link}: no such question`).toBe(true);
      if (anchor)
        expect(outlines.get(target!)!.anchors, `${link}: no such heading`).toContain(anchor);
    }
  });
});

const complete = questions.filter((q) => !q.draft).map((q) => [q.fileName, q] as const);

describe.each(complete)('%s (complete)', (_file, question) => {
  it('has the sections every page needs, in order', () => {
    const { anchors } = outlines.get(question.slug)!;
    const order = ['the-question', 'model-answer', 'common-mistakes', 'follow-up-questions'].map(
      (a) => anchors.indexOf(a),
    );
    expect(
      order.every((i) => i >= 0),
      `sections found: ${anchors.join(', ')}`,
    ).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(question.quiz.length).toBeGreaterThanOrEqual(3);
    expect(question.bugs.length).toBeGreaterThanOrEqual(1);
    for (const bug of question.bugs) expect(question.body).toContain(`<SpotTheBug id="${bug.id}"`);
  });
});
