import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { drills } from '@/lib/practice/drills/catalog';
import { createRng, solutions } from '@/lib/practice/drills/catalog';
import { gradeCode } from './grader';
import { mutate, setupCpuBackend, withExtraAxis, withThrow } from './testing';

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
    // Every case ran and threw: none is "not run".
    expect(result.cases.map((c) => c.status)).toEqual(result.cases.map(() => 'threw'));
    expect(result.cases[0].error).toBe('not implemented yet');
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
    // Every case runs: each one fails on its own, hidden ones included.
    expect(result.cases).toHaveLength(result.totalCases);
    expect(result.cases.map((c) => [c.status, c.reason])).toEqual(
      result.cases.map(() => ['failed', 'shape']),
    );
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

describe('every case runs and is reported on its own', () => {
  const id = 'masked-softmax';
  const drill = drills.find((d) => d.id === id)!;
  /** The solution, wrapped so call number `n` (1-based) does `what` instead. */
  const onCall = (n: number, what: string) =>
    `${mutate(solutions[id], [`function ${drill.functionName}(`, 'function correct('])}
let calls = 0;
function ${drill.functionName}(...args: any[]) {
  calls += 1;
  const result = correct(...args);
  if (calls === ${n}) { ${what} }
  return result;
}
`;

  it('a throw in one case leaves the others graded; the run error is that throw', async () => {
    const result = await grade(onCall(2, "result.dispose(); throw new Error('second');"), id);
    expect(result.cases[0].error).toBeUndefined();
    expect(result.cases.map((c) => c.status)).toEqual(
      result.cases.map((_, i) => (i === 1 ? 'threw' : 'passed')),
    );
    expect(result.cases[1].error).toBe('second');
    expect(result.run.error).toMatchObject({ kind: 'runtime', message: 'second' });
    expect(result.thrownIn).toEqual({ caseName: result.cases[1].name, hidden: false });
    expect(result.passed).toBe(false);
  });

  it('a wrong hidden case is failed with its own worst element; the rest pass', async () => {
    const hiddenAt = result0().findIndex((c) => c.hidden);
    // 0.01 added everywhere: far past atol 1e-4 + rtol 1e-3 * |want| for softmax weights <= 1.
    const code = onCall(
      hiddenAt + 1,
      'const shifted = tf.add(result, 0.01); result.dispose(); return shifted;',
    );
    const result = await grade(code, id);
    expect(result.cases.map((c) => c.status)).toEqual(
      result.cases.map((_, i) => (i === hiddenAt ? 'failed' : 'passed')),
    );
    const failed = result.cases[hiddenAt];
    expect(failed.reason).toBe('values');
    expect(failed.worst?.gap).toBeCloseTo(0.01, 5);
    expect(failed.worst?.allowance).toBeCloseTo(1e-4 + 1e-3 * Math.abs(failed.worst!.want), 9);
    expect(result.failure?.caseName).toBe(failed.name);
    expect(result.failure?.worst).toEqual(failed.worst);
  });

  function result0() {
    return drill.cases(createRng(1));
  }
});
