import { expect } from 'vitest';
import type { TableDisplay } from '@/lib/runtime/displays';
import { columnsOf, lines, seriesOf, tableWithId, type DemoResults } from './helpers';

/** The columns of a table by position, as numbers. */
function numbersOf<const Name extends string>(table: TableDisplay, names: readonly Name[]) {
  const columns = columnsOf(table, names);
  return Object.fromEntries(names.map((name) => [name, columns[name].map(Number)])) as Record<
    Name,
    number[]
  >;
}

// Question 32: the calculator's counts for GPT-2 small, derived by hand (d = 768, F = 3072,
// 12 layers, vocabulary 50257, 1024 positions), and post-LN's gradients against pre-LN's.
export default function check([calculator, gradients]: DemoResults) {
  const parameters = tableWithId([calculator], 'parameters');
  // Rows: attention, feed-forward and LayerNorms per block, one block, 12 blocks, embeddings,
  // total (worded in the page's language).
  const { part, count } = columnsOf(parameters, ['part', 'count']);
  expect(part).toHaveLength(7);
  expect(String(part[4])).toContain('12');
  // 4·768² + 4·768; 2·768·3072 + 3072 + 768; 4·768; their sum; ×12; 50257·768 + 1024·768;
  // and the total, which is GPT-2 small's published count (blocks + embeddings + final norm).
  expect(count.map(Number)).toEqual([
    2_362_368, 4_722_432, 3_072, 7_087_872, 85_054_464, 39_383_808, 124_439_808,
  ]);
  const compute = tableWithId([calculator], 'compute-per-token');
  // Rows: matrix multiplications with weights, attention, forward pass, training step.
  const { gflops } = numbersOf(compute, ['part', 'gflops']);
  // 2·(12·(4·768² + 2·768·3072) + 50257·768) = 247,064,064; 12·4·1024·768 = 37,748,736.
  const expected = [0.247064064, 0.037748736, 0.2848128, 0.8544384];
  gflops.forEach((value, i) => expect(value).toBeCloseTo(expected[i], 9));

  // Gradients of each block's second feed-forward weight in a 12-block stack.
  const [line] = lines([gradients]);
  expect(line.id).toBe('gradient-norm-per-block-12-blocks');
  expect(line.x).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  const { post, pre } = seriesOf(line, ['post', 'pre']);
  expect(post).toHaveLength(12);
  expect(pre).toHaveLength(12);
  // Post-LN's gradients are largest near the output; pre-LN's are smallest there.
  expect(post[11]).toBeGreaterThan(1.5 * post[0]);
  expect(pre[0]).toBeGreaterThan(2 * pre[11]);
  // At the top, post-LN's gradient is several times pre-LN's.
  expect(post[11]).toBeGreaterThan(2 * pre[11]);

  // The last block's gradient against depth: flat for post-LN, shrinking for pre-LN.
  const table = tableWithId([gradients], 'gradient-norm-of-the-last-block');
  const byDepth = numbersOf(table, ['blocks', 'post', 'pre', 'ratio']);
  expect(byDepth.blocks).toEqual([2, 4, 8, 16]);
  const { post: postByDepth, pre: preByDepth, ratio } = byDepth;
  for (const g of postByDepth) {
    expect(g / postByDepth[0]).toBeGreaterThan(0.5);
    expect(g / postByDepth[0]).toBeLessThan(2);
  }
  preByDepth.slice(1).forEach((g, i) => expect(g).toBeLessThan(preByDepth[i]));
  // About 1/sqrt(depth): from 2 to 16 blocks, a factor near 1/sqrt(8) ≈ 0.35.
  expect(preByDepth[3] / preByDepth[0]).toBeGreaterThan(0.2);
  expect(preByDepth[3] / preByDepth[0]).toBeLessThan(0.55);
  ratio.slice(1).forEach((r, i) => expect(r).toBeGreaterThan(ratio[i]));
  ratio.forEach((r, i) => expect(r).toBeCloseTo(postByDepth[i] / preByDepth[i], 6));
}
