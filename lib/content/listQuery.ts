import { topics, type Difficulty, type Topic } from './topics';
import type { QuestionSummary } from './questions';

/** The home page's search and filters, as kept in the URL (?q=&topic=&difficulty=). */
export interface ListQuery {
  q: string;
  topic: Topic | null;
  difficulty: Difficulty | null;
}

export const emptyListQuery: ListQuery = { q: '', topic: null, difficulty: null };

/** Reads the URL's query; unknown topics or difficulties are ignored rather than trusted. */
export function parseListQuery(search: string): ListQuery {
  const params = new URLSearchParams(search);
  const topic = params.get('topic');
  const difficulty = Number(params.get('difficulty'));
  return {
    q: params.get('q') ?? '',
    topic: (topics as readonly string[]).includes(topic ?? '') ? (topic as Topic) : null,
    difficulty: difficulty === 1 || difficulty === 2 || difficulty === 3 ? difficulty : null,
  };
}

export function listQueryToSearch(query: ListQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.topic) params.set('topic', query.topic);
  if (query.difficulty) params.set('difficulty', String(query.difficulty));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Applies the filters; with a search, keeps the search's ranking (best first),
 * otherwise the questions' own order.
 */
export function filterQuestions(
  questions: QuestionSummary[],
  query: ListQuery,
  rankedIds: number[] | null,
): QuestionSummary[] {
  const passes = (q: QuestionSummary) =>
    (!query.topic || q.topics.includes(query.topic)) &&
    (!query.difficulty || q.difficulty === query.difficulty);
  if (rankedIds === null) return questions.filter(passes);
  const byId = new Map(questions.map((q) => [q.id, q]));
  return rankedIds
    .map((id) => byId.get(id))
    .filter((q): q is QuestionSummary => q !== undefined && passes(q));
}
