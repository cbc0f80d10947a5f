/**
 * The shape of a learner's progress, as kept on the device and in exported files.
 * Plain JSON only (numbers, strings, arrays, objects) so it survives IndexedDB, JSON files and
 * structured cloning unchanged. Every timestamp is epoch milliseconds.
 * Type-only: importing this file costs nothing at run time.
 */

/** The format written today. Older saved or exported data is migrated up to it on read. */
export const progressVersion = 3;

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

/** How far into a drill's hints the learner has gone: 1 a nudge, 2 the key line, 3 the solution. */
export type HintLevel = 1 | 2 | 3;

/** The deepest hint revealed for one exercise, and when it was last revealed. */
export interface HintRecord {
  level: HintLevel;
  at: number;
  /** How many reveals in all, over every attempt. */
  reveals: number;
}

/**
 * The daily question's streak. `lastDay` is the learner's local calendar date (`YYYY-MM-DD`)
 * of the last daily answer, so a streak follows the days the learner lives, not UTC's.
 */
export interface DailyRecord {
  lastDay: string;
  /** Consecutive days answered, ending at `lastDay`. */
  streak: number;
  best: number;
  /** The exercise answered on `lastDay`, and whether it was right. */
  lastExercise: string;
  lastCorrect: boolean;
}

export interface ProgressData {
  version: typeof progressVersion;
  /** Keyed by exercise id, `${kind}:${questionSlug}:${itemId}`. */
  exercises: Record<string, ExerciseRecord>;
  /** Keyed by question slug: pages the learner has opened. */
  questions: Record<string, QuestionVisit>;
  /** Oldest first. */
  mocks: MockRecord[];
  /** Keyed by exercise id: drill hints revealed. */
  hints: Record<string, HintRecord>;
  /** Null until the first daily question is answered. */
  daily: DailyRecord | null;
}

/** What an answer to one exercise was; `rating` is FSRS's 1 Again, 2 Hard, 3 Good, 4 Easy. */
export interface AnswerOutcome {
  correct: boolean;
  rating?: 1 | 2 | 3 | 4;
}

export function emptyProgress(): ProgressData {
  return {
    version: progressVersion,
    exercises: {},
    questions: {},
    mocks: [],
    hints: {},
    daily: null,
  };
}
