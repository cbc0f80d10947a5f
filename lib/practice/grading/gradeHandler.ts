import type { KindHandler } from '@/lib/runtime/dispatcher';
import { displayBuffers } from '@/lib/runtime/transferables';
import { gradeCode } from './grader';
import { gradeKind, type GradeParams } from './gradeKind';
import type { GradeResult } from './types';

/** The worker's side of grading: the learner's code against the drill's cases. */
export const gradeHandler: KindHandler<GradeParams, GradeResult> = {
  kind: gradeKind,
  async handle(code, { drillId, seed }, tf, facts) {
    const result = await gradeCode(code, drillId, seed, tf);
    return { ...result, run: { ...result.run, ...facts } };
  },
  transferables({ run, failure }) {
    const shown = failure
      ? [...failure.inputs, failure.expected, failure.actual, failure.difference]
      : [];
    return displayBuffers([...run.displays, ...shown]);
  },
};
