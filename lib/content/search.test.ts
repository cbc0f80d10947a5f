import { describe, expect, it } from 'vitest';
import { createSearchIndex, searchIds, tokenize, type SearchDoc } from './search';

const docs: SearchDoc[] = [
  {
    id: 1,
    title: 'What is attention?',
    otherTitle: '',
    summary: 'Queries and keys.',
    body: 'softmax weights',
  },
  {
    id: 2,
    title: 'Graph attention',
    otherTitle: '',
    summary: 'Neighbours.',
    body: 'a softmax over edges',
  },
  {
    id: 3,
    title: 'Channel gates',
    otherTitle: '',
    summary: 'Squeeze and excitation.',
    body: 'no attention here',
  },
  {
    id: 4,
    title: 'Multi-head attention',
    otherTitle: '',
    summary: 'Heads.',
    body: 'softmax per head',
  },
  {
    id: 5,
    title: '多头注意力',
    otherTitle: '',
    summary: '多个头并行。',
    body: '每个头一个 softmax',
  },
];

describe('question search', () => {
  const index = createSearchIndex(docs);

  it('ranks a title match above a body-only match', () => {
    const ids = searchIds(index, 'graph');
    expect(ids[0]).toBe(2);
    const softmax = searchIds(index, 'excitation');
    expect(softmax).toEqual([3]);
  });

  it('ranks title hits before body hits for a word in both', () => {
    const ids = searchIds(index, 'attention');
    expect(ids.slice(0, 3).sort()).toEqual([1, 2, 4]);
    expect(ids[ids.length - 1]).toBe(3);
  });

  it('matches prefixes and small typos', () => {
    expect(searchIds(index, 'neighb')).toEqual([2]);
    expect(searchIds(index, 'squeese')).toEqual([3]);
  });

  it('requires every word (AND)', () => {
    expect(searchIds(index, 'softmax edges')).toEqual([2]);
  });

  it('finds Chinese text by characters and bigrams', () => {
    expect(searchIds(index, '多头')).toEqual([5]);
    expect(tokenize('多头注意')).toEqual(['多', '头', '注', '意', '多头', '头注', '注意']);
  });

  it('returns nothing for an empty query', () => {
    expect(searchIds(index, '   ')).toEqual([]);
  });
});
