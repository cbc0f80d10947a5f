import { expect } from 'vitest';
import type { TableDisplay } from '@/lib/runtime/displays';
import { lines, tableTitled, type DemoResults } from './helpers';

function column(table: TableDisplay, name: string): (string | number)[] {
  const index = table.columns.indexOf(name);
  expect(index, `no column ${name}`).toBeGreaterThanOrEqual(0);
  return table.rows.map((row) => row[index]);
}
const numbers = (table: TableDisplay, name: string) => column(table, name).map(Number);

// Question 32: the calculator's counts for GPT-2 small, derived by hand (d = 768, F = 3072,
// 12 layers, vocabulary 50257, 1024 positions), and post-LN's gradients against pre-LN's.
export default function check([calculator, gradients]: DemoResults) {
  const parameters = tableTitled([calculator], 'Parameters');
  expect(column(parameters, 'part')).toEqual([
    'attention, per block',
    'feed-forward, per block',
    'LayerNorms, per block',
    'one block',
    '12 blocks',
    'embeddings',
    'total',
  ]);
  // 4·768² + 4·768; 2·768·3072 + 3072 + 768; 4·768; their sum; ×12; 50257·768 + 1024·768;
  // and the total, which is GPT-2 small's published count (blocks + embeddings + final norm).
  expect(numbers(parameters, 'parameters')).toEqual([
    2_362_368, 4_722_432, 3_072, 7_087_872, 85_054_464, 39_383_808, 124_439_808,
  ]);
  const compute = tableTitled([calculator], 'Compute per token');
  const gflops = numbers(compute, 'GFLOPs per token');
  // 2·(12·(4·768² + 2·768·3072) + 50257·768) = 247,064,064; 12·4·1024·768 = 37,748,736.
  const expected = [0.247064064, 0.037748736, 0.2848128, 0.8544384];
  gflops.forEach((value, i) => expect(value).toBeCloseTo(expected[i], 9));

  // Gradients of each block's second feed-forward weight in a 12-block stack.
  const [line] = lines([gradients]);
  expect(line.title).toBe('Gradient norm per block, 12 blocks');
  expect(line.x).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  const post = line.series.find((s) => s.name === 'post-LN')?.values ?? [];
  const pre = line.series.find((s) => s.name === 'pre-LN')?.values ?? [];
  expect(post).toHaveLength(12);
  expect(pre).toHaveLength(12);
  // Post-LN's gradients are largest near the output; pre-LN's are smallest there.
  expect(post[11]).toBeGreaterThan(1.5 * post[0]);
  expect(pre[0]).toBeGreaterThan(2 * pre[11]);
  // At the top, post-LN's gradient is several times pre-LN's.
  expect(post[11]).toBeGreaterThan(2 * pre[11]);

  // The last block's gradient against depth: flat for post-LN, shrinking for pre-LN.
  const table = tableTitled([gradients], 'Gradient norm of the last block against depth');
  expect(numbers(table, 'blocks')).toEqual([2, 4, 8, 16]);
  const postByDepth = numbers(table, 'post-LN');
  const preByDepth = numbers(table, 'pre-LN');
  for (const g of postByDepth) {
    expect(g / postByDepth[0]).toBeGreaterThan(0.5);
    expect(g / postByDepth[0]).toBeLessThan(2);
  }
  preByDepth.slice(1).forEach((g, i) => expect(g).toBeLessThan(preByDepth[i]));
  // About 1/sqrt(depth): from 2 to 16 blocks, a factor near 1/sqrt(8) ≈ 0.35.
  expect(preByDepth[3] / preByDepth[0]).toBeGreaterThan(0.2);
  expect(preByDepth[3] / preByDepth[0]).toBeLessThan(0.55);
  const ratio = numbers(table, 'post / pre');
  ratio.slice(1).forEach((r, i) => expect(r).toBeGreaterThan(ratio[i]));
  ratio.forEach((r, i) => expect(r).toBeCloseTo(postByDepth[i] / preByDepth[i], 6));
}
