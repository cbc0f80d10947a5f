import { topics, type Difficulty, type Topic } from './topics';
import type { QuestionSummary } from './questions';

export const progressFilters = ['new', 'started', 'due', 'mastered'] as const;
export type ProgressFilter = (typeof progressFilters)[number];

/** The home page's search and filters, as kept in the URL (?q=&topic=&difficulty=&progress=). */
export interface ListQuery {
  q: string;
  topic: Topic | null;
  difficulty: Difficulty | null;
  progress: ProgressFilter | null;
}

export const emptyListQuery: ListQuery = { q: '', topic: null, difficulty: null, progress: null };

/** What the progress filter needs to know of a question (see lib/progress/summary). */
export interface ProgressStatus {
  seen: boolean;
  attempts: number;
  due: number;
  state: 'new' | 'learning' | 'mastered';
}

export function matchesProgress(filter: ProgressFilter, status: ProgressStatus): boolean {
  switch (filter) {
    case 'new':
      return !status.seen && status.attempts === 0;
    case 'started':
      return (status.seen || status.attempts > 0) && status.state !== 'mastered';
    case 'due':
      return status.due > 0;
    case 'mastered':
      return status.state === 'mastered';
  }
}

/** Reads the URL's query; unknown topics or difficulties are ignored rather than trusted. */
export function parseListQuery(search: string): ListQuery {
  const params = new URLSearchParams(search);
  const topic = params.get('topic');
  const difficulty = Number(params.get('difficulty'));
  const progress = params.get('progress');
  return {
    q: params.get('q') ?? '',
    topic: (topics as readonly string[]).includes(topic ?? '') ? (topic as Topic) : null,
    difficulty: difficulty === 1 || difficulty === 2 || difficulty === 3 ? difficulty : null,
    progress: (progressFilters as readonly string[]).includes(progress ?? '')
      ? (progress as ProgressFilter)
      : null,
  };
}

export function listQueryToSearch(query: ListQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.topic) params.set('topic', query.topic);
  if (query.difficulty) params.set('difficulty', String(query.difficulty));
  if (query.progress) params.set('progress', query.progress);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Applies the filters; with a search, keeps the search's ranking (best first),
 * otherwise the questions' own order. The progress filter applies once progress has loaded.
 */
export function filterQuestions(
  questions: QuestionSummary[],
  query: ListQuery,
  rankedIds: number[] | null,
  statusOf?: (slug: string) => ProgressStatus,
): QuestionSummary[] {
  const passes = (q: QuestionSummary) =>
    (!query.topic || q.topics.includes(query.topic)) &&
    (!query.difficulty || q.difficulty === query.difficulty) &&
    (!query.progress || !statusOf || matchesProgress(query.progress, statusOf(q.slug)));
  if (rankedIds === null) return questions.filter(passes);
  const byId = new Map(questions.map((q) => [q.id, q]));
  return rankedIds
    .map((id) => byId.get(id))
    .filter((q): q is QuestionSummary => q !== undefined && passes(q));
}
