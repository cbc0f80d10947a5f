/**
 * Where progress is stored and how its envelope is marked. A module of constants only, so the
 * cheap readers (the header's due count) can find the record without loading the store.
 */

export const databaseName = 'attention-atlas';
export const storeName = 'progress';
export const progressKey = 'progress';
export const backupPrefix = 'progress-corrupt-';

export const appName = 'attention-atlas';
export const fileKind = 'progress';
