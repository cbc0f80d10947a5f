import { describe, expect, it } from 'vitest';
import { filterQuestions, listQueryToSearch, parseListQuery } from './listQuery';
import type { QuestionSummary } from './questions';

const q = (id: number, topics: QuestionSummary['topics'], difficulty: 1 | 2 | 3) =>
  ({
    id,
    slug: `q${id}`,
    title: { en: '', zh: '' },
    summary: '',
    topics,
    difficulty,
    draft: false,
  }) as QuestionSummary;
const all = [q(1, ['vision'], 1), q(2, ['nlp'], 2), q(3, ['vision', 'nlp'], 3)];

describe('list query in the URL', () => {
  it('round-trips search, topic and difficulty', () => {
    const query = { q: 'soft max', topic: 'vision' as const, difficulty: 2 as const };
    expect(parseListQuery(listQueryToSearch(query))).toEqual(query);
  });

  it('ignores unknown topics and difficulties from a hand-edited URL', () => {
    expect(parseListQuery('?topic=astrology&difficulty=9')).toEqual({
      q: '',
      topic: null,
      difficulty: null,
    });
  });

  it('writes nothing for an empty query', () => {
    expect(listQueryToSearch({ q: '', topic: null, difficulty: null })).toBe('');
  });
});

describe('filterQuestions', () => {
  it('filters by topic and difficulty together', () => {
    const ids = (query: Parameters<typeof filterQuestions>[1]) =>
      filterQuestions(all, query, null).map((x) => x.id);
    expect(ids({ q: '', topic: 'vision', difficulty: null })).toEqual([1, 3]);
    expect(ids({ q: '', topic: 'nlp', difficulty: 3 })).toEqual([3]);
  });

  it('keeps the search ranking and drops filtered-out hits', () => {
    const query = { q: 'x', topic: 'nlp' as const, difficulty: null };
    expect(filterQuestions(all, query, [3, 1, 2]).map((x) => x.id)).toEqual([3, 2]);
  });
});
