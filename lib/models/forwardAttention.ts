import * as tf from '@tensorflow/tfjs-core';
import { assertNoNaN, assertTensor, dims, failWith, fmt } from '@/lib/attention/checks';
import { hostValues } from '@/lib/attention/hostValues';

const FN = 'forwardAttention';

function validate(contentWeights: unknown, opts: unknown): asserts opts is { advance?: number } {
  assertTensor(FN, 'contentWeights', contentWeights, '[T, N] or [B, T, N]');
  if (contentWeights.rank !== 2 && contentWeights.rank !== 3) {
    failWith(FN, 'code.core.rankEither', {
      name: 'contentWeights',
      shape: fmt(contentWeights.shape),
      rank: contentWeights.rank,
      a: '2 [T, N]',
      b: '3 [B, T, N]',
    });
  }
  if (contentWeights.shape.some((n) => n === 0)) {
    failWith(FN, 'code.core.emptyDimAny', {
      name: 'contentWeights',
      shape: fmt(contentWeights.shape),
    });
  }
  if (typeof opts !== 'object' || opts === null) {
    failWith(FN, 'code.core.notObject', {
      name: 'opts',
      got: String(opts),
      expected: '{ advance? }',
    });
  }
  const { advance } = opts as { advance?: unknown };
  if (advance !== undefined && (typeof advance !== 'number' || !(advance > 0 && advance < 1))) {
    failWith(FN, 'code.core.openUnit', { name: 'advance', got: String(advance) });
  }
  assertNoNaN(FN, { contentWeights });
  // Checked where the values can be read now; not for GPU-only data under WebGPU (hostValues).
  const lowest = hostValues(tf.min(contentWeights));
  if (lowest !== undefined && lowest[0] < 0) {
    failWith(FN, 'code.core.negativeWeight', { name: 'contentWeights' });
  }
}

/**
 * Forward attention (Zhang, Ling and Dai, 2018), the monotonic alignment used in speech synthesis.
 * `contentWeights` [T, N] (or [B, T, N]) are ordinary attention weights of T decoder steps
 * (audio frames) over N encoder positions (characters). The alignment starts on position 0 and,
 * at each step, may only stay or move forward by one:
 *   a_t(n) ∝ ((1 - advance) a_{t-1}(n) + advance a_{t-1}(n-1)) * y_t(n),   a_0 = one-hot(0)
 * so it can never jump back or skip ahead. advance = 0.5 (the default) is the paper's plain form.
 * Returns `alignment` with the shape of `contentWeights`; each row sums to 1.
 */
export function forwardAttention(
  contentWeights: tf.Tensor,
  opts: { advance?: number } = {},
): { alignment: tf.Tensor } {
  return tf.tidy(() => {
    validate(contentWeights, opts);
    const batched = contentWeights.rank === 3;
    const y = batched ? contentWeights : tf.expandDims(contentWeights, 0);
    const [B, T, N] = dims(y);
    const u = opts.advance ?? 0.5;
    const steps = tf.unstack(y, 1);
    let prev: tf.Tensor = tf.cast(tf.oneHot(tf.zeros([B], 'int32'), N), 'float32');
    const rows: tf.Tensor[] = [];
    const totals: tf.Tensor[] = [];
    for (let t = 0; t < T; t++) {
      // Move by one position: column n receives what was at n - 1; column 0 receives nothing.
      const shifted =
        N > 1
          ? tf.pad(tf.slice(prev, [0, 0], [B, N - 1]), [
              [0, 0],
              [1, 0],
            ])
          : tf.zerosLike(prev);
      const reach = tf.add(tf.mul(1 - u, prev), tf.mul(u, shifted));
      const unnormalised = tf.mul(reach, steps[t]);
      const total = tf.sum(unnormalised, 1, true);
      totals.push(total);
      prev = tf.div(unnormalised, tf.maximum(total, 1e-30));
      rows.push(prev);
    }
    const sums = hostValues(tf.concat(totals, 1));
    const dead = sums ? Array.from(sums).findIndex((s) => !(s > 0)) : -1;
    if (dead >= 0) {
      const [b, t] = [Math.floor(dead / T), dead % T];
      const where = { name: 'contentWeights', step: t };
      if (batched) failWith(FN, 'code.core.forwardDeadBatch', { ...where, item: b });
      failWith(FN, 'code.core.forwardDead', where);
    }
    const alignment = tf.stack(rows, 1);
    return { alignment: batched ? alignment : tf.squeeze(alignment, [0]) };
  });
}
