import { describe, expect, it } from 'vitest';
import { createBanditRng, runSoftmaxBandit, softmaxBanditPolicy } from './softmaxBandit';

/** Mulberry32 again, written with BigInt arithmetic mod 2^32 instead of Math.imul. */
function referenceMulberry32(seed: number) {
  const M = 2n ** 32n;
  let state = BigInt(seed >>> 0);
  const mul = (a: bigint, b: bigint) => (a * b) % M;
  return () => {
    state = (state + 0x6d2b79f5n) % M;
    let t = state;
    t = mul(t ^ (t >> 15n), t | 1n);
    t = t ^ ((t + mul(t ^ (t >> 7n), t | 61n)) % M);
    return Number(t ^ (t >> 14n)) / 2 ** 32;
  };
}

describe('createBanditRng', () => {
  it('agrees with an independent mulberry32 and is reproducible', () => {
    for (const seed of [0, 1, 42, 123456789]) {
      const a = createBanditRng(seed);
      const b = referenceMulberry32(seed);
      for (let i = 0; i < 50; i++) expect(a()).toBe(b());
    }
    const x = createBanditRng(7);
    const y = createBanditRng(7);
    expect([x(), x(), x()]).toEqual([y(), y(), y()]);
  });

  it('is roughly uniform on [0, 1)', () => {
    const r = createBanditRng(3);
    const draws = Array.from({ length: 10000 }, r);
    expect(draws.every((d) => d >= 0 && d < 1)).toBe(true);
    const mean = draws.reduce((s, d) => s + d, 0) / draws.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.02);
  });
});

describe('softmaxBanditPolicy', () => {
  it('is exp(Q/T) normalised', () => {
    const [a, b] = softmaxBanditPolicy([1, 0], 1);
    expect(a).toBeCloseTo(Math.E / (Math.E + 1), 12);
    expect(b).toBeCloseTo(1 / (Math.E + 1), 12);
    expect(softmaxBanditPolicy([1, 0], 0.5)[0]).toBeCloseTo(Math.E ** 2 / (Math.E ** 2 + 1), 12);
    expect(softmaxBanditPolicy([1000, 0], 0.01)).toEqual([1, 0]);
  });
});

describe('runSoftmaxBandit', () => {
  it('follows a hand trace with scripted draws', () => {
    // Arm 0 always pays, arm 1 never does. Draws: action, reward, action, reward, ...
    const draws = [0.7, 0.5, 0.2, 0.5, 0.1, 0.5];
    let i = 0;
    const run = runSoftmaxBandit({
      successRates: [1, 0],
      steps: 3,
      temperature: 1,
      random: () => draws[i++],
    });
    // Step 0: policy [0.5, 0.5]; 0.7 >= 0.5 picks arm 1, reward 0, Q = [0, 0].
    // Step 1: policy [0.5, 0.5]; 0.2 picks arm 0, reward 1, Q = [1, 0].
    // Step 2: policy [e/(e+1), 1/(e+1)]; 0.1 picks arm 0, reward 1, Q stays [1, 0].
    expect(run.actions).toEqual([1, 0, 0]);
    expect(run.rewards).toEqual([0, 1, 1]);
    expect(run.policy[0][0]).toBe(0.5);
    expect(run.policy[0][1]).toBe(0.5);
    expect(run.policy[0][2]).toBeCloseTo(Math.E / (Math.E + 1), 12);
    expect(run.values[0]).toEqual([0, 1, 1]);
    expect(run.counts).toEqual([2, 1]);
    expect(run.totalReward).toBe(2);
  });

  it('uses a constant step size when given', () => {
    const run = runSoftmaxBandit({
      successRates: [1, 1],
      steps: 2,
      temperature: 1,
      stepSize: 0.5,
      random: () => 0.1, // always arm 0, always rewarded
    });
    // Q0: 0 -> 0.5 -> 0.75.
    expect(run.values[0]).toEqual([0.5, 0.75]);
  });

  it('learns to favour the best arm with the seeded generator', () => {
    const run = runSoftmaxBandit({
      successRates: [0.2, 0.5, 0.8],
      steps: 500,
      temperature: 0.1,
      seed: 11,
    });
    expect(run.counts[2]).toBeGreaterThan(run.counts[0] + run.counts[1]);
    for (let t = 0; t < 500; t++) {
      const total = run.policy.reduce((s, row) => s + row[t], 0);
      expect(Math.abs(total - 1)).toBeLessThan(1e-12);
    }
    const again = runSoftmaxBandit({
      successRates: [0.2, 0.5, 0.8],
      steps: 500,
      temperature: 0.1,
      seed: 11,
    });
    expect(again.actions).toEqual(run.actions);
  });

  it('throws clear errors', () => {
    expect(() => runSoftmaxBandit({ successRates: [0.5], steps: 3, temperature: 1 })).toThrow(
      /runSoftmaxBandit: successRates .* at least 2/,
    );
    expect(() => runSoftmaxBandit({ successRates: [0.5, 2], steps: 3, temperature: 1 })).toThrow(
      /successRates\[1\] is 2/,
    );
    expect(() => runSoftmaxBandit({ successRates: [0.5, 0.2], steps: 3, temperature: 0 })).toThrow(
      /runSoftmaxBandit: temperature is 0/,
    );
    expect(() => createBanditRng(1.5)).toThrow(/seed is 1.5/);
  });
});
