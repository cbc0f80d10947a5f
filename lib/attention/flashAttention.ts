import * as tf from '@tensorflow/tfjs-core';
import { blockedByLabel, validateAttention, type AttentionOptions } from './attentionSteps';
import { assertPositiveInt } from './checks';
import { causalMask, checkRowsOpen, combineBlocked } from './masking';

export interface FlashAttentionOptions extends AttentionOptions {
  /** Keys per tile: how many columns of the score matrix exist at any one time. */
  blockSize: number;
}

const FN = 'flashAttention';

/**
 * The running max starts here instead of -Infinity: a row whose keys so far were all blocked
 * would otherwise compute exp(-Infinity - -Infinity) = NaN. Any real score is far above it, so
 * the first open key rescales the row's sums by exp(-1e30 - max) = 0.
 */
const NO_MAX = -1e30;

type Running = { max: tf.Tensor; sum: tf.Tensor; acc: tf.Tensor };

/** Which entries of the tile [j0, j1) are blocked, as host values of `shape`; undefined: none. */
function tileBlocked(
  full: Uint8Array | undefined,
  causal: boolean,
  rows: number,
  L: number,
  S: number,
  j0: number,
  j1: number,
): { values: Uint8Array; shape: number[] } | 'all' | undefined {
  const width = j1 - j0;
  let values: Uint8Array;
  let shape: number[];
  if (full) {
    values = new Uint8Array(rows * width);
    for (let r = 0; r < rows; r++) values.set(full.subarray(r * S + j0, r * S + j1), r * width);
    shape = [rows, width];
  } else if (causal) {
    values = new Uint8Array(L * width);
    for (let i = 0; i < L; i++)
      for (let j = j0; j < j1; j++) values[i * width + j - j0] = j > i ? 1 : 0;
    shape = [L, width];
  } else {
    return undefined;
  }
  let count = 0;
  for (const b of values) count += b;
  if (count === values.length) return 'all';
  return count === 0 ? undefined : { values, shape };
}

/** One tile of online softmax: rescale what was summed so far to the new running max. */
function step(
  state: Running,
  scores: tf.Tensor,
  vTile: tf.Tensor,
  blocked: tf.Tensor | undefined,
): Running {
  const open = blocked ? tf.where(blocked, tf.scalar(NO_MAX), scores) : scores;
  const max = tf.maximum(state.max, tf.max(open, -1, true));
  const e = tf.exp(tf.sub(open, max));
  const p = blocked ? tf.where(blocked, tf.zerosLike(e), e) : e;
  const rescale = tf.exp(tf.sub(state.max, max));
  return {
    max,
    sum: tf.add(tf.mul(state.sum, rescale), tf.sum(p, -1, true)),
    acc: tf.add(tf.mul(state.acc, rescale), tf.matMul(p, vTile)),
  };
}

/**
 * FlashAttention's algorithm (Dao et al. 2022) on tfjs ops: keys and values are visited
 * `blockSize` at a time and each query row keeps a running max, a running softmax denominator and
 * an unnormalised output, so at most a [..., L, blockSize] slice of the scores exists at once.
 * Tiles whose every key is blocked are skipped, as the fused kernels do above the causal diagonal.
 * Returns the same output as scaledDotProductAttention, and logsumexp [..., L], the log of each
 * row's softmax denominator (what the backward pass keeps instead of the weights).
 */
export function flashAttention(
  q: tf.Tensor,
  k: tf.Tensor,
  v: tf.Tensor,
  opts: FlashAttentionOptions,
): { output: tf.Tensor; logsumexp: tf.Tensor } {
  return tf.tidy(() => {
    validateAttention(FN, q, k, v, opts);
    assertPositiveInt(FN, 'blockSize', opts.blockSize);
    const lead = q.shape.slice(0, -2);
    const L = q.shape[q.rank - 2];
    const d = q.shape[q.rank - 1];
    const S = k.shape[k.rank - 2];
    const dv = v.shape[v.rank - 1];
    const scale = opts.scale ?? 1 / Math.sqrt(d);
    const causal = opts.causal === true;
    const rows = lead.reduce((a, b) => a * b, 1) * L;
    // A caller's mask is read on the host once when its values are there (it is usually the
    // caller's own array), so fully blocked tiles can be skipped; a mask that lives only on the
    // GPU is combined and sliced there, every tile visited. A causal mask alone is generated tile
    // by tile.
    const shape = [...lead, L, S];
    let full: Uint8Array | undefined;
    let onDevice: tf.Tensor | undefined;
    if (opts.mask) {
      const masks = [opts.mask, causal ? causalMask(L, S) : undefined];
      const label = blockedByLabel({ mask: opts.mask, causal: opts.causal });
      full = checkRowsOpen(FN, shape, label, masks);
      if (!full) onDevice = tf.broadcastTo(combineBlocked(masks)!, shape);
    }
    let state: Running = {
      max: tf.fill([...lead, L, 1], NO_MAX),
      sum: tf.zeros([...lead, L, 1]),
      acc: tf.zeros([...lead, L, dv]),
    };
    for (let j0 = 0; j0 < S; j0 += opts.blockSize) {
      const j1 = Math.min(S, j0 + opts.blockSize);
      const blocked = onDevice ? undefined : tileBlocked(full, causal, rows, L, S, j0, j1);
      if (blocked === 'all') continue;
      const next = tf.tidy(() => {
        const begin = [...lead.map(() => 0), j0, 0];
        const kTile = tf.slice(k, begin, [...lead, j1 - j0, d]);
        const vTile = tf.slice(v, begin, [...lead, j1 - j0, dv]);
        const scores = tf.mul(tf.matMul(q, kTile, false, true), tf.scalar(scale));
        const mask = onDevice
          ? tf.slice(onDevice, [...lead.map(() => 0), 0, j0], [...lead, L, j1 - j0])
          : blocked
            ? tf.reshape(
                tf.tensor(blocked.values, blocked.shape, 'bool'),
                full ? [...lead, L, j1 - j0] : blocked.shape,
              )
            : undefined;
        return step(state, scores, vTile, mask);
      });
      tf.dispose([state.max, state.sum, state.acc]);
      state = next;
    }
    return {
      output: tf.div(state.acc, state.sum),
      logsumexp: tf.reshape(tf.add(state.max, tf.log(state.sum)), [...lead, L]),
    };
  });
}
