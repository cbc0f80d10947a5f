'use client';

import { useEffect, useMemo, useSyncExternalStore } from 'react';
import {
  createProgressSource,
  initialSnapshot,
  type ProgressSnapshot,
  type ProgressSource,
} from './progressSource';
import { dueTodayCount } from './summary';
import type { ProgressData } from './types';

/**
 * React access to the learner's progress. Every component on a page shares one source, so an
 * answer recorded in the practice panel shows at once in the header's due count.
 * Prerendering (static export) has no IndexedDB: it renders `ready: false` with empty data,
 * and the saved progress is read after hydration, from an effect.
 */

export interface ProgressApi extends ProgressSnapshot {
  /** Applies `fn` to the latest progress and saves; rejects, changing nothing, if saving fails. */
  update(fn: (data: ProgressData) => ProgressData): Promise<void>;
  replace(data: ProgressData): Promise<void>;
  clear(): Promise<void>;
  readBackup(key: string): Promise<unknown>;
  restoreBackup(key: string): Promise<boolean>;
  removeBackup(key: string): Promise<void>;
}

// The one shared instance per page is the point of this module: it is the store that
// useSyncExternalStore subscribes to. Created on first use, so importing costs nothing.
let shared: ProgressSource | null = null;
const source = () => (shared ??= createProgressSource());

const subscribe = (listener: () => void) => source().subscribe(listener);
const getSnapshot = () => source().getSnapshot();
const getServerSnapshot = () => initialSnapshot;

function useProgressSnapshot(): ProgressSnapshot {
  const snapshot = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  useEffect(() => source().start(), []);
  return snapshot;
}

export function useProgress(): ProgressApi {
  const snapshot = useProgressSnapshot();
  return useMemo(() => {
    const { update, replace, clear, readBackup, restoreBackup, removeBackup } = source();
    return { ...snapshot, update, replace, clear, readBackup, restoreBackup, removeBackup };
  }, [snapshot]);
}

/**
 * How many exercises are due for review by the end of today; null until progress has been
 * read. The one source for every due counter (the header, the practice page, its tools).
 */
export function useDueCount(): number | null {
  const { ready, data } = useProgressSnapshot();
  const now = useClock();
  return ready ? dueTodayCount(data, now) : null;
}

/** The time, to the half minute: for "in 10 minutes" and the due count, re-rendering as it moves. */
export function useClock(): number {
  return useSyncExternalStore(subscribeClock, readClock, () => 0);
}

// Due times pass without any data changing, so the count also follows a coarse clock.
// Rounding keeps the snapshot stable between ticks, as useSyncExternalStore requires.
const clockTickMs = 30_000;
const readClock = () => Math.floor(Date.now() / clockTickMs) * clockTickMs;
function subscribeClock(listener: () => void): () => void {
  const timer = setInterval(listener, clockTickMs);
  return () => clearInterval(timer);
}
