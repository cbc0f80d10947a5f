'use client';

import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import {
  channelName,
  createProgressSource,
  initialSnapshot,
  type ProgressSnapshot,
  type ProgressSource,
} from './progressSource';
import { dueTodayCount, endOfToday } from './summary';
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

/**
 * The header's due count, on every page. Once something on the page has loaded progress, the
 * same count as useDueCount; until then, read cheaply from the stored record when the browser is
 * first idle (`dueReader.ts`: neither zod nor ts-fsrs), and read again when another tab saves.
 * A record the cheap reader is unsure of starts the store, which validates it as usual.
 */
export function useHeaderDueCount(): number | null {
  const { ready, data } = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  const now = useClock();
  const [dueTimes, setDueTimes] = useState<number[] | null>(null);
  useEffect(() => {
    let live = true;
    const read = () =>
      import('./dueReader')
        .then((m) => m.readDueTimes())
        .then(
          (times) => {
            if (!live) return;
            if (times) setDueTimes(times);
            else source().start();
          },
          () => live && source().start(),
        );
    const cancel = whenIdle(() => void read());
    const tabs = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(channelName);
    if (tabs) tabs.onmessage = () => void read();
    return () => {
      live = false;
      cancel();
      tabs?.close();
    };
  }, []);
  if (ready) return dueTodayCount(data, now);
  if (!dueTimes) return null;
  const endOfDay = endOfToday(now) - 1;
  return dueTimes.filter((due) => due <= endOfDay).length;
}

/**
 * Applies `fn` to the page's progress and saves, loading the store if nothing on the page has:
 * for writers that show nothing (a page's visit), so need no snapshot.
 */
export function updateProgress(fn: (data: ProgressData) => ProgressData): Promise<void> {
  return source().update(fn);
}

/** Runs `task` when the browser is first idle (soon after start, off the start-up's tasks). */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, 200);
  return () => clearTimeout(timer);
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
