import * as tf from '@tensorflow/tfjs-core';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runFixture, SIGNATURES, type Fixture } from './fixtureRunner';
import { setupCpuBackend } from './testUtils';

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
});
