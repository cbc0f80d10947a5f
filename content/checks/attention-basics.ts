import { expect } from 'vitest';
import {
  expectRowsSumToOne,
  heatmapWithId,
  matrix,
  mostAttended,
  type DemoResults,
} from './helpers';

// Question 1: each token attends most to the tokens that look like it.
export default function check([selfAttention]: DemoResults) {
  const weights = heatmapWithId([selfAttention], 'which-token-each-token-attends-to');
  expect(weights.shape).toEqual([6, 6]);
  expect(weights.rowLabels).toEqual(['the', 'cat', 'sat', 'on', 'the', 'mat']);
  expectRowsSumToOne(matrix(weights));
  // The first "the" attends most to a "the" (itself or its twin), not to a content word.
  expect(mostAttended(weights, 0)).toBe('the');
  // "cat" attends most to one of the words that share its direction.
  expect(['cat', 'sat', 'mat']).toContain(mostAttended(weights, 1));
}
