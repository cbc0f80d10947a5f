import { defaultTimeoutMs, type RunnerClient } from '@/lib/runtime/client';
import type { BackendChoice } from '@/lib/runtime/displays';
import { gradeKind, type GradeParams } from './gradeKind';
import type { GradeResult } from './types';

/**
 * Grades code for a drill in the page's runner: same worker, queue and limits as a run. Four
 * times the run limit by default: every case runs (a failing one no longer stops the rest), and
 * each calls both the reference and the learner's code. A timeout or crash resolves a failed
 * verdict (run.error set, no cases), never rejects.
 */
export function gradeDrill(
  runner: RunnerClient,
  code: string,
  params: GradeParams,
  backend: BackendChoice,
  timeoutMs = defaultTimeoutMs * 4,
): Promise<GradeResult> {
  return runner.request(gradeKind, code, params, backend, timeoutMs);
}
