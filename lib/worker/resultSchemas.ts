import type { z } from 'zod';
import { trainResult } from '@/lib/lab/trainSchema';
import { gradeResult } from '@/lib/practice/grading/gradeSchema';
import { runResult } from '@/lib/runtime/sandboxMessages';

/**
 * What the page accepts as the answer to each kind of request, by kind name: the page's side of
 * runner.worker.ts's list of handlers (a new kind adds its schema here too). Loaded with the
 * sandbox, never in a page's first load.
 */
export const resultSchemas: Record<string, z.ZodType<unknown>> = {
  run: runResult,
  grade: gradeResult,
  train: trainResult,
};
