import { expect } from 'vitest';
import type { LineDisplay, TableDisplay } from '@/lib/runtime/displays';
import { displays, expectRowsSumToOne, heatmapTitled, matrix, type DemoResults } from './helpers';

function tableOf(results: DemoResults, title: string | RegExp): TableDisplay {
  const table = displays(results).find(
    (d): d is TableDisplay =>
      d.kind === 'table' &&
      (typeof title === 'string' ? d.title === title : title.test(d.title ?? '')),
  );
  expect(table, `no table titled ${String(title)}`).toBeDefined();
  return table as TableDisplay;
}

function column(table: TableDisplay, name: string): (string | number)[] {
  const index = table.columns.indexOf(name);
  expect(index, `no column ${name}`).toBeGreaterThanOrEqual(0);
  return table.rows.map((row) => row[index]);
}

// Question 33: decoding with a KV cache (bottom-right mask) equals full causal attention, and the
// cache-size calculator follows layers x 2 x KV heads x head dim x tokens x bytes.
export default function check([decode, calculator]: DemoResults) {
  const tokens = ['the', 'cache', 'keeps', 'old', 'keys', 'around'];
  const full = heatmapTitled([decode], 'Full causal attention');
  const cached = heatmapTitled([decode], 'Prefill, then decode with a cache');
  for (const map of [full, cached]) {
    expect(map.shape).toEqual([6, 6]);
    expect(map.rowLabels).toEqual(tokens);
    expectRowsSumToOne(matrix(map));
    // Causal: nothing above the diagonal.
    matrix(map).forEach((row, i) => row.slice(i + 1).forEach((w) => expect(w).toBe(0)));
  }
  // "The two weight maps and the outputs agree."
  const [a, b] = [matrix(full), matrix(cached)];
  a.forEach((row, i) => row.forEach((w, j) => expect(Math.abs(w - b[i][j])).toBeLessThan(1e-5)));
  const steps = tableOf([decode], 'Each step against full attention');
  expect(column(steps, 'step')).toEqual([
    'prefill',
    "decode 'old'",
    "decode 'keys'",
    "decode 'around'",
  ]);
  expect(column(steps, 'new queries')).toEqual([3, 1, 1, 1]);
  expect(column(steps, 'cached keys')).toEqual([3, 4, 5, 6]);
  for (const difference of column(steps, 'max |difference|')) {
    expect(Number(difference)).toBeLessThan(1e-5);
  }

  // Calculator: hand-derived 32 x 2 x 32 x 128 x 2 bytes = 512 KiB per token; x 4096 = 2 GiB.
  const sizes = tableOf([calculator], 'KV cache for 4096 tokens, batch 1');
  expect(column(sizes, 'model')).toEqual(['Llama 2 7B', 'Llama 2 70B', 'Llama 3 8B', 'Mistral 7B']);
  expect(column(sizes, 'KiB per token')).toEqual([512, 320, 128, 128]);
  expect(column(sizes, 'GiB for the context')).toEqual([2, 1.25, 0.5, 0.5]);
  // "Cache size against context length": linear in tokens, 2 GiB at 4096 for Llama 2 7B.
  const line = displays([calculator]).find((d): d is LineDisplay => d.kind === 'line');
  expect(line?.x).toEqual([1024, 2048, 4096, 8192, 16384, 32768]);
  const llama7b = line?.series.find((s) => s.name === 'Llama 2 7B')?.values ?? [];
  expect(llama7b[2]).toBeCloseTo(2, 6);
  llama7b.forEach((gib, i) => expect(gib).toBeCloseTo((2 * line!.x![i]) / 4096, 6));
}
