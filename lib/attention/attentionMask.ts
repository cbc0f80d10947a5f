import * as tf from '@tensorflow/tfjs-core';
import type { CodedMessage } from '@/lib/i18n/codedMessages';
import { assertObject, assertPositiveInt, failWith, fmt } from './checks';

export type MaskAlignment = 'top-left' | 'bottom-right';

export interface AttentionMaskOptions {
  /**
   * Where query i sits among the keys: 'top-left' puts it at position i (PyTorch's is_causal),
   * 'bottom-right' at S - L + i, so the last query sees the last key (a decode step over a cache).
   */
  causal?: MaskAlignment;
  /** Keys further than `window - 1` positions back (or either side, with no `causal`) are blocked. */
  window?: number;
}

const FN = 'attentionMask';

/** The options that blocked a whole row (one or both: without either no row is blocked). */
function describeOptions({ causal, window }: AttentionMaskOptions): CodedMessage {
  if (causal && window !== undefined) {
    return { code: 'code.core.maskOptions.both', params: { causal, window } };
  }
  if (causal) return { code: 'code.core.maskOptions.causal', params: { causal } };
  return { code: 'code.core.maskOptions.window', params: { window: window ?? '' } };
}

/**
 * A boolean mask [L, S] in PyTorch's sense (true = blocked) for causal and sliding-window
 * attention, built on the host so that reading it never needs a GPU read-back.
 * Query i sits at p = i (top-left, or no causal) or p = S - L + i (bottom-right); causal blocks
 * j > p, window also blocks j <= p - window (no causal: blocks |j - p| >= window).
 */
export function attentionMask(
  L: number,
  S: number,
  opts: AttentionMaskOptions = {},
): { mask: tf.Tensor } {
  assertPositiveInt(FN, 'L', L);
  assertPositiveInt(FN, 'S', S);
  assertObject(FN, 'opts', opts, "{ causal?: 'top-left' | 'bottom-right', window? }");
  const { causal, window } = opts;
  if (causal !== undefined && causal !== 'top-left' && causal !== 'bottom-right') {
    failWith(FN, 'code.core.eitherOf', {
      name: 'causal',
      got: String(JSON.stringify(causal)),
      a: "'top-left'",
      b: "'bottom-right'",
    });
  }
  if (window !== undefined) assertPositiveInt(FN, 'window', window);
  const values = new Uint8Array(L * S);
  const shift = causal === 'bottom-right' ? S - L : 0;
  for (let i = 0; i < L; i++) {
    const p = i + shift;
    let open = 0;
    for (let j = 0; j < S; j++) {
      let blocked = false;
      if (causal !== undefined) {
        blocked = j > p || (window !== undefined && j <= p - window);
      } else if (window !== undefined) {
        blocked = Math.abs(j - p) >= window;
      }
      values[i * S + j] = blocked ? 1 : 0;
      if (!blocked) open++;
    }
    if (open === 0) {
      failWith(FN, 'code.core.maskRowBlocked', {
        options: describeOptions(opts),
        row: i,
        shape: fmt([L, S]),
        position: p,
      });
    }
  }
  return { mask: tf.tensor(values, [L, S], 'bool') };
}
