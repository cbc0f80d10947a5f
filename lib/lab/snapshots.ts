import type { ProbeResult } from './trainer';

/** A probe kept while training, for the timeline. */
export interface Snapshot {
  step: number;
  probe: ProbeResult;
}

/** A snapshot as a saved model holds it: plain arrays, weights rounded (they are only drawn). */
export interface SavedSnapshot {
  step: number;
  input: number[];
  prediction: number[];
  target: number[];
  scored: number[];
  /** Per layer, [H, L, L] row-major. */
  weights: number[][];
}

/**
 * Bounds on the snapshots a saved model keeps. The largest model's snapshot (4 layers, 8 heads,
 * length 16) is 8192 weights: 30 of those at about 6 characters each stay near 1.5 MB, beside the
 * weights' own size; small models keep up to 48 snapshots.
 */
export const maxSavedSnapshots = 48;
export const maxSavedSnapshotValues = 250_000;

/** Four significant digits: a heatmap's colour scale has far fewer steps. */
const round = (x: number) => Number(x.toPrecision(4));

/**
 * The snapshots to save, thinned evenly across the run when there are more than the bounds allow
 * (the first and the last always kept), so a reloaded timeline still spans the whole run.
 */
export function snapshotsForFile(snapshots: readonly Snapshot[]): SavedSnapshot[] {
  if (snapshots.length === 0) return [];
  const perSnapshot = snapshots[0].probe.weights.reduce((n, w) => n + w.length, 0);
  const cap = Math.max(
    1,
    Math.min(maxSavedSnapshots, Math.floor(maxSavedSnapshotValues / Math.max(perSnapshot, 1))),
  );
  return evenlyPicked(snapshots, cap).map(({ step, probe }) => ({
    step,
    input: [...probe.input],
    prediction: [...probe.prediction],
    target: [...probe.target],
    scored: [...probe.scored],
    weights: probe.weights.map((w) => Array.from(w, round)),
  }));
}

/** The timeline's snapshots from a saved model (an older file has none). */
export function snapshotsFromFile(saved: readonly SavedSnapshot[] | undefined): Snapshot[] {
  return (saved ?? []).map(({ step, input, prediction, target, scored, weights }) => ({
    step,
    probe: { input, prediction, target, scored, weights: weights.map((w) => Float32Array.from(w)) },
  }));
}

/** `cap` items spread evenly over `items`, first and last included, in order. */
export function evenlyPicked<T>(items: readonly T[], cap: number): T[] {
  const n = items.length;
  if (n <= cap) return [...items];
  if (cap === 1) return [items[n - 1]];
  const picked = new Set<number>();
  for (let i = 0; i < cap; i++) picked.add(Math.round((i * (n - 1)) / (cap - 1)));
  return [...picked].sort((a, b) => a - b).map((i) => items[i]);
}
