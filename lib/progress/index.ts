/**
 * The pure parts of progress: data model, ids, scheduling, summaries and file transfer.
 * The IndexedDB store and the React hook are imported from their own files, so that code which
 * only needs these functions does not pull in IndexedDB (and server code can use them).
 */
export * from './types';
export * from './ids';
export { limits } from './limits';
export { recordAnswer, recordMock, markSeen } from './schedule';
export * from './summary';
export { progressDataSchema } from './schema';
export { exportProgress, importProgress } from './transfer';
export type { ImportFailure, ImportResult, ProgressEnvelope } from './transfer';
export { recordHint, hintedRating, hintsThisAttempt } from './hints';
export { localDay, dailyPick, recordDaily, currentStreak, answeredOn } from './daily';
