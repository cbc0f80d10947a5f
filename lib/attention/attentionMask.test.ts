import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { attentionMask } from './attentionMask';
import { expectNoLeak, setupCpuBackend } from '@/lib/testing/testUtils';

setupCpuBackend();

/** The mask as rows of '.' (open) and 'x' (blocked), easy to check by eye against the rule. */
function picture(L: number, S: number, opts: Parameters<typeof attentionMask>[2]): string[] {
  const { mask } = attentionMask(L, S, opts);
  expect(mask.shape).toEqual([L, S]);
  expect(mask.dtype).toBe('bool');
  const flat = Array.from(mask.dataSync());
  mask.dispose();
  return Array.from({ length: L }, (_, i) =>
    flat
      .slice(i * S, (i + 1) * S)
      .map((b) => (b ? 'x' : '.'))
      .join(''),
  );
}

describe('attentionMask', () => {
  it('blocks nothing without options', () => {
    expect(picture(2, 3, {})).toEqual(['...', '...']);
  });

  it('top-left causal puts query i at position i, as PyTorch is_causal', () => {
    expect(picture(2, 4, { causal: 'top-left' })).toEqual(['.xxx', '..xx']);
    // One new query over four cached keys: top-left lets it see only the first key.
    expect(picture(1, 4, { causal: 'top-left' })).toEqual(['.xxx']);
  });

  it('bottom-right causal puts query i at S - L + i, so a decode step sees the whole cache', () => {
    expect(picture(1, 4, { causal: 'bottom-right' })).toEqual(['....']);
    expect(picture(2, 4, { causal: 'bottom-right' })).toEqual(['...x', '....']);
    // Square masks are the same in both alignments.
    expect(picture(3, 3, { causal: 'bottom-right' })).toEqual(
      picture(3, 3, { causal: 'top-left' }),
    );
  });

  it('a causal window keeps the last `window` keys up to the query', () => {
    expect(picture(4, 4, { causal: 'top-left', window: 2 })).toEqual([
      '.xxx',
      '..xx',
      'x..x',
      'xx..',
    ]);
    expect(picture(2, 5, { causal: 'bottom-right', window: 3 })).toEqual(['x...x', 'xx...']);
  });

  it('a window without causal is a symmetric band |j - i| < window', () => {
    expect(picture(4, 4, { window: 2 })).toEqual(['..xx', '...x', 'x...', 'xx..']);
    expect(picture(3, 3, { window: 1 })).toEqual(['.xx', 'x.x', 'xx.']);
  });

  it('throws when a row is left with no key, naming the row and its position', () => {
    expectNoLeak(() => {
      // Three queries ending at the last of two keys: the first sits at position -1.
      expect(() => attentionMask(3, 2, { causal: 'bottom-right' })).toThrow(
        "attentionMask: causal 'bottom-right' block every key for row 0 of mask [3,2] (query at position -1) but expected at least one unblocked key per row",
      );
      expect(() => attentionMask(4, 2, { window: 1 })).toThrow(
        /window 1 block every key for row 2/,
      );
    });
  });

  it('rejects bad sizes and options with the argument and what it expected', () => {
    expect(() => attentionMask(0, 3)).toThrow(
      'attentionMask: L is 0 but expected a positive integer',
    );
    expect(() => attentionMask(2, 1.5)).toThrow(
      'attentionMask: S is 1.5 but expected a positive integer',
    );
    expect(() => attentionMask(2, 2, { causal: true as never })).toThrow(
      "attentionMask: causal is true but expected 'top-left' or 'bottom-right'",
    );
    expect(() => attentionMask(2, 2, { window: 0 })).toThrow(
      'attentionMask: window is 0 but expected a positive integer',
    );
    expect(() => attentionMask(2, 2, null as never)).toThrow(/opts is null but expected an object/);
  });

  it('leaks nothing beyond the mask it returns', () => {
    const before = tf.memory().numTensors;
    const { mask } = attentionMask(3, 5, { causal: 'bottom-right', window: 2 });
    expect(tf.memory().numTensors).toBe(before + 1);
    mask.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
