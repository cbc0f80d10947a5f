/**
 * Upper bounds on what progress data may hold. The schema enforces them on every read, and the
 * update functions keep within them, so data we write is always data we can read back.
 * They are far above what thirty questions produce; they exist to refuse hostile or broken files.
 */
export const limits = {
  exercises: 10_000,
  questions: 1_000,
  mocks: 500,
  topicsPerMock: 50,
  missedPerMock: 1_000,
  /** Longest slug, item id or topic name. */
  name: 100,
  /** Longest exercise id: kind, slug and item id with their two colons. */
  exerciseId: 210,
  /** Refuse import files above this many characters before parsing them. */
  importChars: 5 * 1024 * 1024,
  /** No review is scheduled further than this (ts-fsrs's maximum interval is 100 years). */
  latestTime: Date.UTC(2300, 0, 1),
} as const;
