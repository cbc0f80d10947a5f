import { expect } from 'vitest';
import type { StepsDisplay } from '@/lib/runtime/displays';
import {
  displays,
  expectRowsSumToOne,
  heatmapWithId,
  matrix,
  mostAttended,
  type DemoResults,
} from './helpers';

const tokens = ['the', 'cat', 'ate', 'the', 'bread', 'then', 'it', 'slept'];
const it = tokens.indexOf('it');

function rowsOf({ data, shape }: { data: Float32Array; shape: number[] }): number[][] {
  const [rows, cols] = shape;
  return Array.from({ length: rows }, (_, r) => Array.from(data.slice(r * cols, (r + 1) * cols)));
}

// Question 5: the step view with q = k = v, then a query projection that lets "it" find "cat".
export default function check([stepsDemo, projectionDemo]: DemoResults) {
  const steps = displays([stepsDemo]).find((d): d is StepsDisplay => d.kind === 'steps');
  expect(steps, 'the first demo shows a step view').toBeDefined();
  const { scores, scaled, weights, output } = steps as StepsDisplay;
  expect(scores.shape).toEqual([8, 8]);
  expect(output.shape).toEqual([8, 5]);
  const s = rowsOf(scores);
  const sc = rowsOf(scaled);
  const w = rowsOf(weights);
  expectRowsSumToOne(w);
  for (let i = 0; i < 8; i++) {
    for (let j = 0; j < 8; j++) {
      // With q = k the scores are symmetric, and scaling divides by the square root of d = 5.
      expect(s[i][j]).toBeCloseTo(s[j][i], 5);
      expect(sc[i][j]).toBeCloseTo(s[i][j] / Math.sqrt(5), 5);
    }
  }
  // The weights are not symmetric: "cat" -> "bread" differs from "bread" -> "cat".
  expect(Math.abs(w[1][4] - w[4][1])).toBeGreaterThan(1e-3);
  // Without projections, "it" attends most to itself.
  const itRow = w[it];
  expect(itRow.indexOf(Math.max(...itRow))).toBe(it);

  const plain = heatmapWithId([projectionDemo], 'weights-without-projections');
  const projected = heatmapWithId([projectionDemo], 'weights-with-w-q');
  const outputs = heatmapWithId([projectionDemo], 'outputs-with-w-q');
  expect(projected.shape).toEqual([8, 8]);
  expect(outputs.shape).toEqual([8, 5]);
  const p = matrix(projected);
  expectRowsSumToOne(p);
  expect(mostAttended(plain, it)).toBe('it');
  // With W_Q, "it" attends most to "cat", then "bread".
  expect(mostAttended(projected, it)).toBe('cat');
  const ranked = p[it].map((v, j) => [v, j] as const).sort((a, b) => b[0] - a[0]);
  expect(tokens[ranked[1][1]]).toBe('bread');
  // Every other row is unchanged.
  const q = matrix(plain);
  for (let i = 0; i < 8; i++) {
    if (i === it) continue;
    q[i].forEach((v, j) => expect(p[i][j]).toBeCloseTo(v, 6));
  }
  // The output of "it" carries cat's animate feature: only "cat" is animate, so that feature
  // equals the weight on "cat", which is now the largest in the row (over a half).
  const animate = matrix(outputs)[it][1];
  expect(animate).toBeCloseTo(p[it][1], 5);
  expect(animate).toBeGreaterThan(0.5);
}
