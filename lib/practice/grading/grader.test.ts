import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { drills } from '@/lib/practice/drills/catalog';
import { solutions } from '@/lib/practice/drills/catalog';
import { gradeCode } from './grader';
import { setupCpuBackend, withExtraAxis, withThrow } from './testing';

setupCpuBackend();

/** Grades and checks that the grader itself leaves no tensor behind. */
async function grade(code: string, drillId: string, seed = 1) {
  const before = tf.memory().numTensors;
  const result = await gradeCode(code, drillId, seed, tf);
  expect(tf.memory().numTensors, 'tensors left after grading').toBe(before);
  return result;
}

describe.each(drills.map((d) => [d.id, d] as const))('%s', (id, drill) => {
  const solution = solutions[id];

  it('the solution passes every visible and hidden case, for several seeds, leaking nothing', async () => {
    for (const seed of [1, 2, 3, 1_700_000_000_000]) {
      const result = await grade(solution, id, seed);
      expect(result.run.error, result.run.error?.message).toBeUndefined();
      expect(result.failure, JSON.stringify(result.failure?.message)).toBeUndefined();
      expect(result.passed).toBe(true);
      expect(result.cases.every((c) => c.passed)).toBe(true);
      expect(result.cases).toHaveLength(result.totalCases);
      expect(result.hiddenCases).toBeGreaterThanOrEqual(3);
      expect(result.totalCases - result.hiddenCases).toBeGreaterThanOrEqual(2);
      expect(result.run.leakedTensors).toBe(0);
      expect(result.run.backend).toBe('cpu');
    }
  });

  it('the starter fails with its own error, and the grader goes on working', async () => {
    const result = await grade(drill.starter, id);
    expect(result.passed).toBe(false);
    expect(result.run.error).toMatchObject({ kind: 'runtime', message: 'not implemented yet' });
    expect(result.run.error?.location?.line).toBeGreaterThan(1);
    expect(result.cases.every((c) => !c.passed)).toBe(true);
    expect(result.thrownIn).toEqual({ caseName: result.cases[0].name, hidden: false });
    expect((await grade(solution, id)).passed).toBe(true);
  });

  it('a result with an extra leading axis fails with reason shape and both shapes', async () => {
    const result = await grade(withExtraAxis(solution, drill.functionName), id);
    expect(result.passed).toBe(false);
    expect(result.run.error).toBeUndefined();
    const failure = result.failure!;
    expect(failure.reason).toBe('shape');
    expect(failure.caseName).toBe(result.cases[0].name);
    expect(failure.actualShape).toEqual([1, ...failure.expectedShape!]);
    expect(failure.difference).toBeUndefined();
    expect(failure.expected?.kind).toBe('heatmap');
    expect(failure.inputs.length).toBeGreaterThan(0);
    // Grading stops at the first failing case; the others are marked not passed.
    expect(result.cases.map((c) => c.passed)).toEqual(result.cases.map(() => false));
  });

  it('an error thrown in the function is the run error, at the learner line', async () => {
    const { code, line } = withThrow(solution, drill.functionName);
    const result = await grade(code, id);
    expect(result.passed).toBe(false);
    expect(result.run.error).toMatchObject({
      kind: 'runtime',
      message: 'boom',
      location: { line },
    });
    expect(result.failure).toBeUndefined();
  });

  it('code without the function reports missing-function with its name', async () => {
    const result = await grade('const unrelated = 1;\nconsole.log(unrelated);', id);
    expect(result.passed).toBe(false);
    expect(result.run.error).toBeUndefined();
    expect(result.run.logs).toEqual([{ level: 'log', text: '1' }]);
    expect(result.failure).toMatchObject({
      reason: 'missing-function',
      functionName: drill.functionName,
    });
    expect(result.failure?.message).toContain(drill.functionName);
  });
});
