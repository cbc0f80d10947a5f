import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from './schema';

const good = {
  id: 7,
  slug: 'self-attention-vs-cnn',
  title: { en: 'Self-attention versus CNNs', zh: '自注意力与 CNN' },
  summary: 'Local versus global mixing.',
  topics: ['vision', 'self-attention'],
  difficulty: 3,
  demos: ['scaledDotProductAttention'],
  quiz: [
    {
      id: 'receptive-field',
      prompt: 'Which sees the whole image in one layer?',
      choices: ['A 3x3 convolution', 'Self-attention over patches'],
      answer: [1],
      explanation: 'Every patch can attend to every other patch.',
    },
  ],
};

describe('parseFrontmatter', () => {
  it('accepts a complete page and fills defaults', () => {
    const parsed = parseFrontmatter('07-x.mdx', good);
    expect(parsed.draft).toBe(false);
    expect(parsed.quiz[0].answer).toEqual([1]);
    expect(parseFrontmatter('07-x.mdx', { ...good, quiz: undefined }).quiz).toEqual([]);
  });

  it.each([
    ['id', { ...good, id: 38 }, /id/],
    ['id', { ...good, id: 0 }, /id/],
    ['id', { ...good, id: 2.5 }, /id/],
    ['slug', { ...good, slug: 'Not A Slug' }, /slug/],
    ['title.zh', { ...good, title: { en: 'Only English' } }, /title\.zh/],
    ['topics', { ...good, topics: ['astrology'] }, /topics\.0/],
    ['topics', { ...good, topics: [] }, /topics/],
    ['difficulty', { ...good, difficulty: 4 }, /difficulty/],
    ['demos', { ...good, demos: ['magicAttention'] }, /demos\.0/],
    ['quiz answer', { ...good, quiz: [{ ...good.quiz[0], answer: [5] }] }, /quiz\.0\.answer/],
    ['unknown field', { ...good, colour: 'red' }, /colour/],
    [
      'bug line',
      {
        ...good,
        bugs: [
          {
            id: 'b',
            family: 'f',
            title: 'T',
            buggy: 'a\nb',
            fixed: 'a',
            lines: [3],
            explanation: 'E',
          },
        ],
      },
      /bugs\.0\.lines/,
    ],
  ])('rejects a bad %s, naming the file and the field', (_name, data, field) => {
    expect(() => parseFrontmatter('07-self-attention-vs-cnn.mdx', data)).toThrow(
      /07-self-attention-vs-cnn\.mdx/,
    );
    expect(() => parseFrontmatter('07-self-attention-vs-cnn.mdx', data)).toThrow(field);
  });

  it('rejects a missing field by name', () => {
    const withoutSummary: Record<string, unknown> = { ...good };
    delete withoutSummary.summary;
    expect(() => parseFrontmatter('07-a.mdx', withoutSummary)).toThrow(/summary/);
  });
});
