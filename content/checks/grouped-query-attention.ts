import { expect } from 'vitest';
import { columnsOf, lines, tableWithId, type DemoResults } from './helpers';

// Question 34: sharing key/value heads halves the cache at each step (2 x KV heads x head dim
// floats per token and layer), moves the output further from multi-head attention as fewer KV
// heads remain, and groupedQueryAttention's grouping equals copying KV head floor(h / group).
export default function check([demo]: DemoResults) {
  const table = tableWithId([demo], 'fewer-kv-heads');
  const columns = columnsOf(table, ['kvHeads', 'group', 'cacheFloats', 'change', 'copied']);
  expect(columns.kvHeads).toEqual([8, 4, 2, 1]);
  expect(columns.group).toEqual([1, 2, 4, 8]);
  // Head size 4: 2 x KV heads x 4 floats.
  expect(columns.cacheFloats).toEqual([64, 32, 16, 8]);
  const change = columns.change.map(Number);
  // Eight KV heads for eight query heads is multi-head attention itself.
  expect(change[0]).toBeLessThan(1e-4);
  // Each halving of the KV heads moves the output further from multi-head attention.
  for (let i = 1; i < change.length; i++) expect(change[i]).toBeGreaterThan(change[i - 1]);
  for (const difference of columns.copied) {
    expect(Number(difference)).toBeLessThan(1e-5);
  }
  const [line] = lines([demo]);
  expect(line?.id).toBe('output-change-against-kv-heads');
  expect(line?.x).toEqual([8, 4, 2, 1]);
  expect(line?.series[0].values).toEqual(change);
}
