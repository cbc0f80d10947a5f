import { describe, expect, it } from 'vitest';
import { buildBank } from './buildBank';
import { loadQuestions, questionsDir } from '@/lib/content/questions';
import { questionSection } from './questionSection';

describe('questionSection', () => {
  const body = [
    '## The question',
    '',
    '> "Why scale by $\\sqrt{d}$?"',
    '',
    'A good answer covers:',
    '',
    '- **Variance** grows with $d$.',
    '- The softmax saturates.',
    '',
    '## Model answer',
    '',
    '- not a key point',
  ].join('\n');

  it('takes the quoted question without its quotes and each bullet as HTML', () => {
    const { prompt, keyPointsHtml } = questionSection('x.mdx', body);
    expect(prompt).toBe('Why scale by \\sqrt{d}?');
    expect(keyPointsHtml).toHaveLength(2);
    expect(keyPointsHtml[0]).toContain('<strong>Variance</strong>');
    expect(keyPointsHtml[0]).toContain('class="katex"');
    expect(keyPointsHtml[1]).toBe('The softmax saturates.');
  });

  it('names the file when the section has no list', () => {
    expect(() => questionSection('bad.mdx', '## The question\n\n> "Q?"\n\nText.')).toThrow(
      /bad\.mdx/,
    );
  });
});

describe('buildBank', () => {
  for (const locale of ['en', 'zh'] as const) {
    it(`collects every page's exercises in ${locale}`, () => {
      const bank = buildBank(locale, [{ id: 'd1', questionSlug: 'self-attention' }]);
      const pages = loadQuestions(questionsDir(locale)).length;
      expect(pages).toBeGreaterThanOrEqual(30);
      expect(bank.questions).toHaveLength(pages);
      for (const q of bank.questions) {
        expect(q.prompt.length).toBeGreaterThan(10);
        expect(q.keyPointsHtml.length).toBeGreaterThanOrEqual(3);
      }
      const kinds = (kind: string) => bank.exercises.filter((e) => e.kind === kind);
      expect(kinds('explain')).toHaveLength(pages);
      expect(kinds('quiz').length).toBeGreaterThanOrEqual(90);
      expect(kinds('bug').length).toBeGreaterThanOrEqual(30);
      expect(kinds('drill')).toEqual([
        { kind: 'drill', id: 'drill:self-attention:d1', slug: 'self-attention', drillId: 'd1' },
      ]);
      expect(new Set(bank.exercises.map((e) => e.id)).size).toBe(bank.exercises.length);
    });
  }

  it('refuses a drill attached to a page that does not exist', () => {
    expect(() => buildBank('en', [{ id: 'd', questionSlug: 'no-such-page' }])).toThrow(
      /no-such-page/,
    );
  });
});
