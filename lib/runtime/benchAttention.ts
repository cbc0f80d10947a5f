import * as tf from '@tensorflow/tfjs-core';
import { flashAttention, multiHeadAttention, scaledDotProductAttention } from '@/lib/attention';
import { autoOrder, switchBackend, type BackendName } from './backends';

export interface BenchRow {
  /** scaledDotProductAttention is the naive method: it builds the whole [L, L] score matrix. */
  fn: 'scaledDotProductAttention' | 'multiHeadAttention' | 'flashAttention';
  backend: BackendName;
  length: number;
  /** First call at this size on this backend (shader compilation included), ms. */
  coldMs: number;
  /** Median of `repeats` calls after warm-up, ms. */
  warmMs: number;
  /** Most tensor bytes alive at once during one call, beyond those alive before it. */
  peakBytes: number;
}

export const benchLengths = [16, 64, 256, 1024];
export const benchFeatures = 64;
export const benchHeads = 8;
/** Keys per tile for flashAttention. */
export const benchBlockSize = 64;

/** Times one call to the end: the output is read back, so GPU work is included. */
async function timeCall(call: () => tf.Tensor[]): Promise<number> {
  const start = performance.now();
  const outputs = call();
  await Promise.all(outputs.map((t) => t.data()));
  const ms = performance.now() - start;
  outputs.forEach((t) => t.dispose());
  return ms;
}

/**
 * Peak tensor memory of one call, from tfjs's own bookkeeping (tf.profile snapshots the bytes
 * alive after every kernel), so it reads the same on every backend. Profiling adds read-backs,
 * so this call is separate from the timed ones.
 */
async function peakBytes(call: () => tf.Tensor[]): Promise<number> {
  const before = tf.memory().numBytes;
  const info = await tf.profile(() => {
    tf.dispose(call());
  });
  return Math.max(0, info.peakBytes - before);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Times scaled dot-product (naive), flash (tiles of 64 keys) and 8-head attention at several
 * sequence lengths (features 64) on each available backend: the first call (cold), the median of
 * warm calls and the peak tensor memory of a call.
 */
export async function benchAttention(
  origin: string,
  repeats = 5,
  backends: readonly BackendName[] = autoOrder,
  lengths: readonly number[] = benchLengths,
): Promise<{ rows: BenchRow[]; unavailable: Record<string, string> }> {
  backends = backends.filter((b) => autoOrder.includes(b));
  const rows: BenchRow[] = [];
  const unavailable: Record<string, string> = {};
  for (const backend of backends) {
    const ready = await switchBackend(backend, origin);
    if (ready.backend !== backend) {
      unavailable[backend] = ready.note ?? 'unavailable';
      continue;
    }
    for (const length of lengths) {
      const x = tf.randomNormal([1, length, benchFeatures], 0, 1, 'float32', 7);
      const w = {
        inProjWeight: tf.randomNormal([3 * benchFeatures, benchFeatures], 0, 0.1, 'float32', 1),
        outProjWeight: tf.randomNormal([benchFeatures, benchFeatures], 0, 0.1, 'float32', 2),
      };
      const calls = {
        scaledDotProductAttention: () => Object.values(scaledDotProductAttention(x, x, x)),
        flashAttention: () => Object.values(flashAttention(x, x, x, { blockSize: benchBlockSize })),
        multiHeadAttention: () =>
          Object.values(multiHeadAttention(x, x, x, w, { numHeads: benchHeads })),
      };
      for (const [fn, call] of Object.entries(calls) as [BenchRow['fn'], () => tf.Tensor[]][]) {
        const coldMs = await timeCall(call);
        await timeCall(call);
        const warm: number[] = [];
        for (let i = 0; i < repeats; i++) warm.push(await timeCall(call));
        rows.push({
          fn,
          backend,
          length,
          coldMs,
          warmMs: median(warm),
          peakBytes: await peakBytes(call),
        });
      }
      tf.dispose([x, w.inProjWeight, w.outProjWeight]);
    }
  }
  return { rows, unavailable };
}
