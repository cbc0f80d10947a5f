import type { RunResult } from '@/lib/runtime/displays';
import { defaultTolerance } from '@/lib/tolerance';
import type { GradeResult } from './types';

/**
 * The verdict when no case could be graded: the backend failed to start, the code timed out or
 * the worker crashed. No tfjs import: the page's client builds these too.
 */
export function failedGrade(run: RunResult): GradeResult {
  return {
    run,
    cases: [],
    totalCases: 0,
    hiddenCases: 0,
    passed: false,
    tolerance: defaultTolerance,
  };
}
