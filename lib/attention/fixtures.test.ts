import * as tf from '@tensorflow/tfjs-core';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runFixture, SIGNATURES, type Fixture } from '@/lib/fixtures/fixtureRunner';
import { setupCpuBackend } from '@/lib/testing/testUtils';

setupCpuBackend();

// Part 1 (pytorch/) and part 2 (pytorch-modern/) of the contract, in one list.
const fixtures: [string, Fixture][] = ['pytorch', 'pytorch-modern'].flatMap((set) => {
  const dir = fileURLToPath(new URL(`./__fixtures__/${set}/`, import.meta.url));
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file): [string, Fixture] => [
      `${set}/${file}`,
      JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Fixture,
    ]);
});

describe('PyTorch / scikit-learn reference fixtures (cpu)', () => {
  it('finds fixtures, each for a known function', () => {
    expect(fixtures.length).toBeGreaterThan(0);
    for (const [, fixture] of fixtures) expect(Object.keys(SIGNATURES)).toContain(fixture.function);
  });

  it.each(fixtures)('%s matches within tolerance and leaks nothing', async (_file, fixture) => {
    const before = tf.memory().numTensors;
    const result = await runFixture(fixture, tf);
    expect(tf.memory().numTensors).toBe(before);
    expect(result.error).toBeUndefined();
    for (const key of result.keys) {
      expect(
        key,
        `${fixture.name}.${key.key}: max error ${key.maxError} ${key.problem ?? ''}`,
      ).toMatchObject({ pass: true });
    }
    expect(result.keys.map((k) => k.key.split('.')[0])).toEqual(
      expect.arrayContaining(Object.keys(fixture.expected)),
    );
    // A fixture with PyTorch gradients has each of them checked, not just the forward pass.
    expect(result.keys.map((k) => k.key)).toEqual(
      expect.arrayContaining(
        Object.keys(fixture.gradients?.expected ?? {}).map((name) => `grad.${name}`),
      ),
    );
    expect(result.pass).toBe(true);
  });
});

describe('runFixture', () => {
  const sdpa = fixtures.find(([, f]) => f.function === 'scaledDotProductAttention')![1];

  it('reports a wrong expected value as a failing key with its error', async () => {
    const expected = structuredClone(sdpa.expected) as Record<string, { data: number[] }>;
    expected.output.data[0] += 1;
    const result = await runFixture({ ...sdpa, expected }, tf);
    expect(result.pass).toBe(false);
    expect(result.keys.find((k) => k.key === 'output')).toMatchObject({ pass: false });
    expect(result.keys.find((k) => k.key === 'output')!.maxError).toBeCloseTo(1, 3);
  });

  it('reports a throwing call and unknown functions without leaking', async () => {
    const before = tf.memory().numTensors;
    const bad = await runFixture({ ...sdpa, options: { scale: 'x' } }, tf);
    expect(bad.error).toMatch(/scaledDotProductAttention: scale is x/);
    expect((await runFixture({ ...sdpa, function: 'nope' }, tf)).error).toMatch(
      /unknown function nope/,
    );
    expect(tf.memory().numTensors).toBe(before);
  });

  it('checks gradients by param or input name and reports a wrong or unknown one', async () => {
    // A pre-norm block whose attention and feed-forward weights are zero adds only its biases
    // (zero here), so output = x and d sum(output * seed) / dx = seed; fc2Bias gets the seed
    // summed over batch and positions. Derived by hand, not by running the block.
    const [B, L, E, F] = [1, 2, 4, 4];
    const json = (shape: number[], data: number[]) => ({ shape, dtype: 'float32', data });
    const zeros = (...shape: number[]) =>
      json(shape, new Array(shape.reduce((a, b) => a * b)).fill(0));
    const ones = (n: number) => json([n], new Array(n).fill(1));
    const x = [0.5, -1, 2, 0, 1, 1, -2, 3];
    const seed = [1, 2, 3, 4, -1, 0, 1, 2];
    const block: Fixture = {
      name: 'silent_block',
      function: 'transformerBlock',
      inputs: { x: json([B, L, E], x) },
      params: {
        ln1Weight: ones(E),
        ln1Bias: zeros(E),
        inProjWeight: zeros(3 * E, E),
        inProjBias: zeros(3 * E),
        outProjWeight: zeros(E, E),
        outProjBias: zeros(E),
        ln2Weight: ones(E),
        ln2Bias: zeros(E),
        fc1Weight: zeros(F, E),
        fc1Bias: zeros(F),
        fc2Weight: zeros(E, F),
        fc2Bias: zeros(E),
      },
      options: { numHeads: 2, norm: 'pre' },
      expected: { output: json([B, L, E], x) },
      gradients: {
        seed: json([B, L, E], seed),
        expected: { x: json([B, L, E], [...seed]), fc2Bias: json([E], [0, 2, 4, 6]) },
      },
    };
    const before = tf.memory().numTensors;
    const good = await runFixture(block, tf);
    expect(good.keys.map((k) => [k.key, k.pass])).toEqual([
      ['output', true],
      ['grad.x', true],
      ['grad.fc2Bias', true],
    ]);
    const wrongSeed = structuredClone(block);
    wrongSeed.gradients!.expected.x.data[0] = 5;
    const wrong = await runFixture(wrongSeed, tf);
    expect(wrong.pass).toBe(false);
    expect(wrong.keys.find((k) => k.key === 'grad.x')!.maxError).toBeCloseTo(4, 5);
    const unknown = structuredClone(block);
    unknown.gradients!.expected = { nope: json([1], [0]) };
    const missing = await runFixture(unknown, tf);
    expect(missing.keys.find((k) => k.key === 'grad.nope')).toMatchObject({
      pass: false,
      problem: 'neither a param nor an input of the call',
    });
    expect(tf.memory().numTensors).toBe(before);
  });
});
