import { describe, expect, it } from 'vitest';
import { defaultLabels, fileStem, truncateLabel } from './labels';

describe('defaultLabels', () => {
  it('numbers from 0 when labels are missing or the wrong length', () => {
    expect(defaultLabels(3)).toEqual(['0', '1', '2']);
    expect(defaultLabels(2, ['a'])).toEqual(['0', '1']);
  });
  it('keeps matching labels', () => {
    expect(defaultLabels(2, ['the', 'cat'])).toEqual(['the', 'cat']);
  });
});

describe('truncateLabel', () => {
  it('shortens by code points with an ellipsis', () => {
    expect(truncateLabel('short')).toBe('short');
    expect(truncateLabel('abcdefghijklmnop', 5)).toBe('abcd…');
    expect(truncateLabel('😀😀😀😀', 3)).toBe('😀😀…');
  });
});

describe('fileStem', () => {
  it('slugs a title and falls back when empty', () => {
    expect(fileStem('Attention weights, head 1')).toBe('attention-weights-head-1');
    expect(fileStem('注意力')).toBe('heatmap');
    expect(fileStem(undefined, 'chart')).toBe('chart');
  });
});
