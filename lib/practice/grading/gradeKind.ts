import type { RequestKind } from '@/lib/runtime/protocol';
import { failedGrade } from './failedGrade';
import type { GradeResult } from './types';

export interface GradeParams {
  drillId: string;
  /** Hidden cases are drawn from it. */
  seed: number;
}

/** Grading a coding drill in the runner's worker. Page and worker both import this file. */
export const gradeKind: RequestKind<GradeParams, GradeResult> = {
  name: 'grade',
  fromFailedRun: failedGrade,
  runOf: (graded) => graded.run,
};
