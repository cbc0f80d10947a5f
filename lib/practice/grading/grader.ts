import type * as tfc from '@tensorflow/tfjs-core';
import { createRng, drillById, type DrillCase } from '@/lib/practice/drills/catalog';
import type { RunResult } from '@/lib/runtime/displays';
import { executeCode } from '@/lib/runtime/execute';
import { failedRun } from '@/lib/runtime/failedRun';
import { gradeCase } from './runCase';
import { defaultTolerance } from '@/lib/tolerance';
import type { GradeCaseResult, GradeFailure, GradeResult } from './types';

type TF = typeof tfc;

/** The name the harness calls; unusual so learner code does not define it by chance. */
const gradeHook = '__gradeDrill';

/**
 * Grades learner code for one drill. The code runs through executeCode like any run, with one
 * harness line appended that hands the learner's function to the grader, so syntax errors,
 * thrown errors (with the learner's line), console output, leaks and the worker's time limit all
 * behave as in a normal run. Appending after the last line keeps the learner's line numbers.
 * Hidden cases follow `seed`; every case runs, so the report says how each one ended.
 */
export async function gradeCode(
  source: string,
  drillId: string,
  seed: number,
  tf: TF,
): Promise<GradeResult> {
  const drill = drillById(drillId);
  const tolerance = drill?.tolerance ?? defaultTolerance;
  if (!drill) {
    const unknown = { code: 'code.run.unknownDrill', params: { drill: drillId } } as const;
    const run = failedRun('crash', unknown, tf.getBackend() ?? 'none');
    return { run, cases: [], totalCases: 0, hiddenCases: 0, passed: false, tolerance };
  }
  const cases = drill.cases(createRng(seed));
  const graded: GradeCaseResult[] = [];
  let failure: GradeFailure | undefined;
  let thrownIn: GradeResult['thrownIn'];
  let reached = false;

  const grade = async (fn: unknown) => {
    if (reached) return;
    reached = true;
    if (typeof fn !== 'function') {
      failure = missingFunction(drill.functionName, cases[0]);
      return;
    }
    let firstError: unknown;
    for (const drillCase of cases) {
      const base = { name: drillCase.name, hidden: drillCase.hidden };
      let caseFailure: GradeFailure | undefined;
      try {
        caseFailure = await gradeCase(
          tf,
          drill,
          drillCase,
          fn as (...args: unknown[]) => unknown,
          tolerance,
        );
      } catch (error) {
        // Keep going: one case that throws says nothing about the others. The first error is
        // thrown again after the last case, so it becomes the run's error with the learner's line.
        if (firstError === undefined) {
          firstError = error;
          thrownIn = { caseName: drillCase.name, hidden: drillCase.hidden };
        }
        const message = error instanceof Error ? error.message : String(error);
        graded.push({ ...base, passed: false, status: 'threw', error: message });
        continue;
      }
      if (!caseFailure) {
        graded.push({ ...base, passed: true, status: 'passed' });
        continue;
      }
      failure ??= caseFailure;
      const { reason, output, worst } = caseFailure;
      graded.push({ ...base, passed: false, status: 'failed', reason, output, worst });
    }
    if (firstError !== undefined) throw firstError;
  };

  const fnName = drill.functionName;
  const harness = `\n;await ${gradeHook}(typeof ${fnName} === 'function' ? ${fnName} : undefined);\n`;
  const outcome = await executeCode(source + harness, tf, { [gradeHook]: grade });
  const run: RunResult = {
    ...outcome,
    backend: tf.getBackend() ?? 'none',
    firstRunOnBackend: false,
  };
  // A top-level `return` in the learner's code ends the run before the harness line.
  if (!reached && !run.error) failure = missingFunction(fnName, cases[0]);

  // Cases left without a verdict (no function, or a top-level return) did not run.
  const results = graded;
  return {
    run,
    cases: results,
    totalCases: cases.length,
    hiddenCases: cases.filter((c) => c.hidden).length,
    passed: !run.error && !failure && results.every((c) => c.passed),
    failure,
    thrownIn,
    tolerance,
  };
}

function missingFunction(functionName: string, first: DrillCase | undefined): GradeFailure {
  return {
    caseName: first?.name ?? '',
    hidden: false,
    reason: 'missing-function',
    functionName,
    inputs: [],
    message: `Define a function named ${functionName}: the grader calls it on every case.`,
  };
}
