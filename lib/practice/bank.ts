import type { Bug, QuizItem } from '@/lib/content/schema';
import type { Difficulty, Topic } from '@/lib/content/topics';

/**
 * What the practice page works from, per language: built at build time from the question pages
 * and served as one static JSON file, so the page's first load stays small.
 */
export interface PracticeBank {
  questions: BankQuestion[];
  exercises: Exercise[];
}

export interface BankQuestion {
  id: number;
  slug: string;
  title: string;
  topics: Topic[];
  difficulty: Difficulty;
  /** The interviewer's question, as asked (plain text). */
  prompt: string;
  /** What a strong answer covers, as HTML rendered at build time (bold, formulas). */
  keyPointsHtml: string[];
}

export type ExerciseKind = 'quiz' | 'bug' | 'drill' | 'explain';

interface ExerciseBase {
  /** `${kind}:${questionSlug}:${itemId}`: also the spaced-repetition card's id. */
  id: string;
  slug: string;
}

export type Exercise =
  | (ExerciseBase & { kind: 'quiz'; item: QuizItem })
  | (ExerciseBase & { kind: 'bug'; bug: Bug })
  | (ExerciseBase & { kind: 'drill'; drillId: string })
  | (ExerciseBase & { kind: 'explain' });

export function exerciseKey(kind: ExerciseKind, slug: string, itemId: string): string {
  return `${kind}:${slug}:${itemId}`;
}
