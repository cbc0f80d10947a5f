import * as tf from '@tensorflow/tfjs-core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { attentionSteps } from './attentionSteps';
import { flashAttention } from './flashAttention';
import { scaledDotProductAttention } from './scaledDotProductAttention';
import {
  disposeAll,
  expectClose,
  expectNoLeak,
  rand,
  setupCpuBackend,
} from '@/lib/testing/testUtils';

// Under WebGPU a mask computed on the GPU (tf.logicalAnd of two masks, say) has no host copy, and
// reading it synchronously is refused (lib/runtime/syncReads.ts). These tests stand in for that
// backend on cpu: hostValues answers "not on the host" for the tensors in `gpuOnly`, and the core
// must then combine and apply the masks on the device, giving the same numbers as the host path.
const gpuOnly = vi.hoisted(() => new Set<object>());
vi.mock('./hostValues', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./hostValues')>();
  return {
    ...actual,
    hostValues: (t: tf.Tensor) => (gpuOnly.has(t.dataId) ? undefined : actual.hostValues(t)),
  };
});

setupCpuBackend();

/** The same mask twice: one readable on the host, one that only the device holds. */
function masks(blocked: boolean[][], shape: number[]) {
  const host = tf.tensor(blocked.flat(), shape, 'bool');
  // A separate tensor (tf.clone would share the host mask's data, and so its GPU-only mark).
  const device = tf.tensor(blocked.flat(), shape, 'bool');
  gpuOnly.add(device.dataId);
  // Nothing in the core may read the device mask's values synchronously.
  const reads = [vi.spyOn(device, 'dataSync'), vi.spyOn(device, 'arraySync')];
  return { host, device, reads };
}

const [L, S, d] = [5, 7, 4];
const q = () => tf.tensor(rand(2 * L * d, 1), [2, L, d]);
const k = () => tf.tensor(rand(2 * S * d, 2), [2, S, d]);
const v = () => tf.tensor(rand(2 * S * 3, 3), [2, S, 3]);
// Without causal, row 0 sees only the last key, so flashAttention's first tiles block it entirely;
// with causal (which leaves row 0 only key 0) it sees key 0 alone.
const blockedAt = (causal: boolean) =>
  Array.from({ length: L }, (_, i) =>
    Array.from({ length: S }, (_, j) =>
      i === 0 ? (causal ? j > 0 : j < S - 1) : (i * j) % 4 === 1,
    ),
  );

describe('masks that live only on the device', () => {
  beforeEach(() => gpuOnly.clear());

  it('scaledDotProductAttention and attentionSteps give the host path values, with causal too', () => {
    const [qt, kt, vt] = [q(), k(), v()];
    expectNoLeak(() => {
      for (const causal of [false, true]) {
        const { host, device, reads } = masks(blockedAt(causal), [L, S]);
        const want = attentionSteps(qt, kt, vt, { mask: host, causal });
        const got = attentionSteps(qt, kt, vt, { mask: device, causal });
        expectClose(got.weights, Array.from(want.weights.dataSync()));
        expectClose(got.output, Array.from(want.output.dataSync()));
        // Blocked logits are -Infinity on both paths.
        expect(Array.from(got.masked.dataSync())).toEqual(Array.from(want.masked.dataSync()));
        disposeAll(want);
        disposeAll(got);
        for (const read of reads) expect(read).not.toHaveBeenCalled();
        tf.dispose([host, device]);
      }
    });
    tf.dispose([qt, kt, vt]);
  });

  it('flashAttention gives the host path values, tile by tile, for every block size', () => {
    const [qt, kt, vt] = [q(), k(), v()];
    const cases = [false, true].map((causal) => ({
      causal,
      ...masks(blockedAt(causal), [1, L, S]),
    }));
    expectNoLeak(() => {
      for (const [blockSize, { causal, host, device }] of [1, 2, 3, 7].flatMap((size) =>
        cases.map((c) => [size, c] as const),
      )) {
        const want = flashAttention(qt, kt, vt, { blockSize, mask: host, causal });
        const got = flashAttention(qt, kt, vt, { blockSize, mask: device, causal });
        expectClose(got.output, Array.from(want.output.dataSync()));
        expectClose(got.logsumexp, Array.from(want.logsumexp.dataSync()));
        disposeAll(want);
        disposeAll(got);
      }
    });
    for (const { reads, host, device } of cases) {
      for (const read of reads) expect(read).not.toHaveBeenCalled();
      tf.dispose([host, device]);
    }
    tf.dispose([qt, kt, vt]);
  });

  it('cannot check rows it cannot read: a fully blocked row is NaN, as in PyTorch', () => {
    const [qt, kt, vt] = [q(), k(), v()];
    const closed = blockedAt(false).map((row, i) => (i === 2 ? row.map(() => true) : row));
    const { host, device } = masks(closed, [L, S]);
    // On the host the row is named in an error; on the device the row's weights are NaN.
    expect(() => scaledDotProductAttention(qt, kt, vt, { mask: host })).toThrow(
      'mask blocks every key for row [0,2]',
    );
    const { weights, output } = scaledDotProductAttention(qt, kt, vt, { mask: device });
    const w = weights.arraySync() as number[][][];
    expect(w[0][2].every(Number.isNaN)).toBe(true);
    expect(w[0][1].every(Number.isFinite)).toBe(true);
    tf.dispose([qt, kt, vt, host, device, weights, output]);
  });
});
