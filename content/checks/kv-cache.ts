import { expect } from 'vitest';
import type { LineDisplay } from '@/lib/runtime/displays';
import {
  columnsOf,
  displays,
  expectRowsSumToOne,
  heatmapWithId,
  matrix,
  tableWithId,
  type DemoResults,
} from './helpers';

// Question 33: decoding with a KV cache (bottom-right mask) equals full causal attention, and the
// cache-size calculator follows layers x 2 x KV heads x head dim x tokens x bytes.
export default function check([decode, calculator]: DemoResults) {
  const tokens = ['the', 'cache', 'keeps', 'old', 'keys', 'around'];
  const full = heatmapWithId([decode], 'full-causal-attention');
  const cached = heatmapWithId([decode], 'prefill-then-decode-with-a-cache');
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
  const steps = tableWithId([decode], 'each-step-against-full-attention');
  const byStep = columnsOf(steps, ['step', 'queries', 'keys', 'difference']);
  // Prefill, then one decode step per token, each naming it ("decode 'old'").
  expect(byStep.step).toHaveLength(4);
  ['old', 'keys', 'around'].forEach((t, i) => expect(byStep.step[i + 1]).toContain(`'${t}'`));
  expect(byStep.queries).toEqual([3, 1, 1, 1]);
  expect(byStep.keys).toEqual([3, 4, 5, 6]);
  for (const difference of byStep.difference) {
    expect(Number(difference)).toBeLessThan(1e-5);
  }

  // Calculator: hand-derived 32 x 2 x 32 x 128 x 2 bytes = 512 KiB per token; x 4096 = 2 GiB.
  const sizes = tableWithId([calculator], 'kv-cache-size');
  const size = columnsOf(sizes, ['model', 'kibPerToken', 'gibForContext']);
  expect(size.model).toEqual(['Llama 2 7B', 'Llama 2 70B', 'Llama 3 8B', 'Mistral 7B']);
  expect(size.kibPerToken).toEqual([512, 320, 128, 128]);
  expect(size.gibForContext).toEqual([2, 1.25, 0.5, 0.5]);
  // "Cache size against context length": linear in tokens, 2 GiB at 4096 for Llama 2 7B.
  const line = displays([calculator]).find((d): d is LineDisplay => d.kind === 'line');
  expect(line?.x).toEqual([1024, 2048, 4096, 8192, 16384, 32768]);
  const llama7b = line?.series.find((s) => s.name === 'Llama 2 7B')?.values ?? [];
  expect(llama7b[2]).toBeCloseTo(2, 6);
  llama7b.forEach((gib, i) => expect(gib).toBeCloseTo((2 * line!.x![i]) / 4096, 6));
}
