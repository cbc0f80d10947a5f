import { expect } from 'vitest';
import { columnsOf, heatmapWithId, lines, matrix, tableWithId, type DemoResults } from './helpers';

/** The columns of the table with this id, by position, as numbers. */
function numbersOf<const Name extends string>(
  results: DemoResults,
  id: string,
  names: readonly Name[],
) {
  const columns = columnsOf(tableWithId(results, id), names);
  return Object.fromEntries(names.map((name) => [name, columns[name].map(Number)])) as Record<
    Name,
    number[]
  >;
}

/** softmax of a list of logits, by hand. */
function softmax(z: number[]): number[] {
  const top = Math.max(...z);
  const e = z.map((x) => Math.exp(x - top));
  const total = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / total);
}
const entropyOf = (p: number[]) => -p.reduce((s, x) => s + (x > 0 ? x * Math.log(x) : 0), 0);

// Question 37: Var(q·k) = d and Var(q·k / √d) = 1; the softmax Jacobian is diag(p) − p pᵀ and
// vanishes as the softmax saturates; autodiff through attention matches the chain rule; plain
// logits collapse the entropy as weights grow, QK-norm does not move, soft-capping bounds logits.
export default function check([variance, jacobian, collapse]: DemoResults) {
  const {
    d: dims,
    raw,
    scaled,
    rawTop,
    scaledTop,
  } = numbersOf([variance], 'score-variance-and-softmax-sharpness-against', [
    'd',
    'raw',
    'scaled',
    'rawTop',
    'scaledTop',
  ]);
  expect(dims).toEqual([4, 16, 64, 256]);
  // 4,096 samples: the sample variance is within a few per cent of its expectation.
  dims.forEach((d, i) => {
    expect(Math.abs(raw[i] / d - 1)).toBeLessThan(0.1);
    expect(Math.abs(scaled[i] - 1)).toBeLessThan(0.1);
  });
  // Unscaled rows sharpen with d; scaled ones stay alike (and far from one-hot).
  rawTop.slice(1).forEach((t, i) => expect(t).toBeGreaterThan(rawTop[i]));
  expect(rawTop[3]).toBeGreaterThan(0.85);
  expect(Math.max(...scaledTop) - Math.min(...scaledTop)).toBeLessThan(0.1);
  expect(Math.max(...scaledTop)).toBeLessThan(0.5);
  const line = lines([variance]).find((l) => l.id === 'variance-of-the-attention-score');
  expect(line?.x).toEqual(dims);

  // The Jacobian of softmax([2, 1, 0.5, -1]), derived here from the logits alone.
  const p = softmax([2, 1, 0.5, -1]);
  const expected = p.map((pi, i) => p.map((pj, j) => (i === j ? pi : 0) - pi * pj));
  for (const name of ['softmax-jacobian-from-tf-grad', 'jacobian-by-hand']) {
    const m = matrix(heatmapWithId([jacobian], name));
    m.forEach((row, i) => {
      row.forEach((x, j) => expect(Math.abs(x - expected[i][j])).toBeLessThan(1e-5));
      expect(Math.abs(row.reduce((a, b) => a + b, 0))).toBeLessThan(1e-6); // rows sum to 0
    });
  }
  const saturation = numbersOf([jacobian], 'the-jacobian-vanishes-as-the-softmax', [
    'scale',
    'top',
    'largest',
  ]);
  expect(saturation.scale).toEqual([1, 4, 16]);
  const { largest } = saturation;
  expect(largest[0]).toBeCloseTo(p[0] * (1 - p[0]), 3); // the diagonal entry of the top key
  expect(largest[1]).toBeLessThan(largest[0] / 5);
  expect(largest[2]).toBeLessThan(1e-5);
  const { chain } = numbersOf([jacobian], 'gradients-through-attention-tf-grads-against', [
    'gradient',
    'chain',
  ]);
  expect(chain).toHaveLength(3);
  for (const diff of chain) expect(diff).toBeLessThan(1e-5);

  // Entropy as the query and key weights grow by 1, 2, 4, 8.
  const { plainLogit, cappedLogit, plain, normed, capped } = numbersOf(
    [collapse],
    'logits-and-entropy-as-the-weights',
    ['growth', 'plainLogit', 'cappedLogit', 'plain', 'normed', 'capped'],
  );
  // Logits are a query times a key: x4 each time the weights double (up to the 2-decimal rounding).
  plainLogit.slice(1).forEach((l, i) => expect(l / plainLogit[i]).toBeCloseTo(4, 1));
  plain.slice(1).forEach((h, i) => expect(h).toBeLessThan(plain[i])); // collapses
  expect(plain[3]).toBeLessThan(0.25 * Math.log(6));
  normed.forEach((h) => expect(h).toBeCloseTo(normed[0], 3)); // QK-norm: independent of growth
  cappedLogit.forEach((l) => expect(l).toBeLessThanOrEqual(5));
  // The cap bounds the entropy from below: at best one logit at +5 and five at −5.
  const floor = entropyOf(softmax([5, -5, -5, -5, -5, -5]));
  capped.forEach((h) => expect(h).toBeGreaterThanOrEqual(floor - 1e-3));
  capped.slice(1).forEach((h, i) => expect(h).toBeGreaterThan(plain[i + 1]));
  const collapsed = matrix(heatmapWithId([collapse], 'growth-8-plain-collapsed-rows'));
  expect(collapsed.filter((row) => Math.max(...row) > 0.99).length).toBeGreaterThanOrEqual(4);
}
