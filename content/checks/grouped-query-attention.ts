import { expect } from 'vitest';
import { lines, tableTitled, type DemoResults } from './helpers';

// Question 34: sharing key/value heads halves the cache at each step (2 x KV heads x head dim
// floats per token and layer), moves the output further from multi-head attention as fewer KV
// heads remain, and groupedQueryAttention's grouping equals copying KV head floor(h / group).
export default function check([demo]: DemoResults) {
  const table = tableTitled(
    [demo],
    'Fewer KV heads: a smaller cache, an output further from multi-head',
  );
  const column = (name: string) => {
    const index = table.columns.indexOf(name);
    expect(index, `no column ${name}`).toBeGreaterThanOrEqual(0);
    return table.rows.map((row) => Number(row[index]));
  };
  expect(column('KV heads')).toEqual([8, 4, 2, 1]);
  expect(column('query heads per KV head')).toEqual([1, 2, 4, 8]);
  // Head size 4: 2 x KV heads x 4 floats.
  expect(column('cache floats per token')).toEqual([64, 32, 16, 8]);
  const change = column('relative output change');
  // Eight KV heads for eight query heads is multi-head attention itself.
  expect(change[0]).toBeLessThan(1e-4);
  // Each halving of the KV heads moves the output further from multi-head attention.
  for (let i = 1; i < change.length; i++) expect(change[i]).toBeGreaterThan(change[i - 1]);
  for (const difference of column('max |GQA − copied heads|')) {
    expect(difference).toBeLessThan(1e-5);
  }
  const [line] = lines([demo]);
  expect(line?.title).toBe('Output change against KV heads');
  expect(line?.x).toEqual([8, 4, 2, 1]);
  expect(line?.series[0].values).toEqual(change);
}
