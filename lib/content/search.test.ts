import { describe, expect, it } from 'vitest';
import { createSearchIndex, searchIds, type SearchDoc } from './search';

const doc = (id: number, title: string, summary: string, body: string): SearchDoc => ({
  id,
  title,
  otherTitle: '',
  summary,
  body,
  headings: '',
  labels: '',
  aliases: '',
});

const docs: SearchDoc[] = [
  doc(1, 'What is attention?', 'Queries and keys.', 'softmax weights'),
  doc(2, 'Graph attention', 'Neighbours.', 'a softmax over edges'),
  doc(3, 'Channel gates', 'Squeeze and excitation.', 'no attention here'),
  doc(4, 'Multi-head attention', 'Heads.', 'softmax per head'),
  doc(5, '多头注意力', '多个头并行。', '每个头一个 softmax'),
  doc(6, '掩码', '因果掩码挡住未来的位置。', '填充位置也要掩码'),
];

describe('question search', () => {
  const index = createSearchIndex({ docs, fold: { 頭: '头', 碼: '码' } });

  it('ranks a title match above a body-only match', () => {
    expect(searchIds(index, 'graph')[0]).toBe(2);
    expect(searchIds(index, 'excitation')).toEqual([3]);
  });

  it('ranks title hits before body hits for a word in both', () => {
    const ids = searchIds(index, 'attention');
    expect(ids.slice(0, 3).sort()).toEqual([1, 2, 4]);
    expect(ids.indexOf(3)).toBeGreaterThan(2);
  });

  it('matches prefixes and one-letter typos', () => {
    expect(searchIds(index, 'neighb')).toEqual([2]);
    expect(searchIds(index, 'squeese')).toEqual([3]);
  });

  it('ranks a page with every word first, and keeps pages with most of them', () => {
    expect(searchIds(index, 'softmax edges')[0]).toBe(2);
    // No page has "convolution": the pages with the other words are still found.
    expect(searchIds(index, 'graph attention convolution')[0]).toBe(2);
  });

  it('leaves out pages that match much less of the query than the best one', () => {
    // Page 2 has all three words; pages with "softmax" alone cover a third.
    expect(searchIds(index, 'softmax graph edges')).toEqual([2]);
  });

  it('finds Chinese by its words, without the stop words, and folds Traditional', () => {
    expect(searchIds(index, '多头')).toEqual([5]);
    expect(searchIds(index, '多頭的注意力')).toEqual([5]);
    expect(searchIds(index, '掩碼的作用是什么')[0]).toBe(6);
  });

  it('returns nothing for an empty query', () => {
    expect(searchIds(index, '   ')).toEqual([]);
  });
});
