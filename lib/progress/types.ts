/**
 * The shape of a learner's progress, as kept on the device and in exported files.
 * Plain JSON only (numbers, strings, arrays, objects) so it survives IndexedDB, JSON files and
 * structured cloning unchanged. Every timestamp is epoch milliseconds.
 * Type-only: importing this file costs nothing at run time.
 */

/** The format written today. Older saved or exported data is migrated up to it on read. */
export const progressVersion = 2;

export const exerciseKinds = ['quiz', 'bug', 'drill', 'explain'] as const;
export type ExerciseKind = (typeof exerciseKinds)[number];

export type AnswerResult = 'right' | 'wrong';

/**
 * ts-fsrs's card states, repeated as plain numbers so the cheap modules (summary, the due-count
 * hook) can read a card without loading ts-fsrs. Must match its `State` enum.
 */
export const cardState = { new: 0, learning: 1, review: 2, relearning: 3 } as const;
export type CardState = (typeof cardState)[keyof typeof cardState];

/**
 * ts-fsrs's `Card` with its dates as epoch ms, so it can be stored and exported as JSON.
 * Field names are kept as ts-fsrs spells them, which keeps the conversion a copy.
 */
export interface StoredCard {
  due: number;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: CardState;
  last_review?: number;
}

/** One exercise (one spaced-repetition card) and how the learner has done on it. */
export interface ExerciseRecord {
  attempts: number;
  correct: number;
  lastResult: AnswerResult;
  lastAt: number;
  card: StoredCard;
}

export interface QuestionVisit {
  firstSeen: number;
  lastSeen: number;
}

/** One finished timed mock interview. */
export interface MockRecord {
  at: number;
  minutes: number;
  topics: string[];
  score: number;
  total: number;
  byTopic: Record<string, { right: number; total: number }>;
  /** Exercise ids answered wrongly, so the review can offer them again. */
  missed: string[];
}

export interface ProgressData {
  version: typeof progressVersion;
  /** Keyed by exercise id, `${kind}:${questionSlug}:${itemId}`. */
  exercises: Record<string, ExerciseRecord>;
  /** Keyed by question slug: pages the learner has opened. */
  questions: Record<string, QuestionVisit>;
  /** Oldest first. */
  mocks: MockRecord[];
}

/** What an answer to one exercise was; `rating` is FSRS's 1 Again, 2 Hard, 3 Good, 4 Easy. */
export interface AnswerOutcome {
  correct: boolean;
  rating?: 1 | 2 | 3 | 4;
}

export function emptyProgress(): ProgressData {
  return { version: progressVersion, exercises: {}, questions: {}, mocks: [] };
}
