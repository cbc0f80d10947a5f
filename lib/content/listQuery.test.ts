import { describe, expect, it } from 'vitest';
import {
  emptyListQuery,
  filterQuestions,
  listQueryToSearch,
  matchesProgress,
  parseListQuery,
} from './listQuery';
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
    const query = {
      q: 'soft max',
      topic: 'vision' as const,
      difficulty: 2 as const,
      progress: 'due' as const,
    };
    expect(parseListQuery(listQueryToSearch(query))).toEqual(query);
  });

  it('ignores unknown topics and difficulties from a hand-edited URL', () => {
    expect(parseListQuery('?topic=astrology&difficulty=9&progress=__proto__')).toEqual({
      q: '',
      topic: null,
      difficulty: null,
      progress: null,
    });
  });

  it('writes nothing for an empty query', () => {
    expect(listQueryToSearch(emptyListQuery)).toBe('');
  });
});

describe('filterQuestions', () => {
  it('filters by topic and difficulty together', () => {
    const ids = (query: Parameters<typeof filterQuestions>[1]) =>
      filterQuestions(all, query, null).map((x) => x.id);
    expect(ids({ ...emptyListQuery, topic: 'vision' })).toEqual([1, 3]);
    expect(ids({ ...emptyListQuery, topic: 'nlp', difficulty: 3 })).toEqual([3]);
  });

  it('keeps the search ranking and drops filtered-out hits', () => {
    const query = { ...emptyListQuery, q: 'x', topic: 'nlp' as const };
    expect(filterQuestions(all, query, [3, 1, 2]).map((x) => x.id)).toEqual([3, 2]);
  });
});

describe('progress filter', () => {
  const status = (
    seen: boolean,
    attempts: number,
    due: number,
    state: 'new' | 'learning' | 'mastered',
  ) => ({
    seen,
    attempts,
    due,
    state,
  });
  const fresh = status(false, 0, 0, 'new');
  const read = status(true, 0, 0, 'new');
  const dueOne = status(true, 2, 1, 'learning');
  const done = status(true, 4, 0, 'mastered');

  it('sorts questions into not started, started, due and mastered', () => {
    const match = (f: Parameters<typeof matchesProgress>[0]) =>
      [fresh, read, dueOne, done].map((s) => matchesProgress(f, s));
    expect(match('new')).toEqual([true, false, false, false]);
    expect(match('started')).toEqual([false, true, true, false]);
    expect(match('due')).toEqual([false, false, true, false]);
    expect(match('mastered')).toEqual([false, false, false, true]);
  });

  it('filters the list once progress is known and ignores it before', () => {
    const statuses: Record<string, ReturnType<typeof status>> = { q1: fresh, q2: dueOne, q3: done };
    const query = { ...emptyListQuery, progress: 'due' as const };
    expect(filterQuestions(all, query, null, (slug) => statuses[slug]).map((x) => x.id)).toEqual([
      2,
    ]);
    expect(filterQuestions(all, query, null).map((x) => x.id)).toEqual([1, 2, 3]);
  });
});
