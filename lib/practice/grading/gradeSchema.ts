/**
 * The shape the page accepts for a grading's answer from the sandboxed runner (see
 * lib/runtime/sandboxMessages.ts): learner code shares that worker and could post anything.
 */
import { z } from 'zod';
import { heatmap, num, runResult, shape, text } from '@/lib/runtime/sandboxMessages';
import type { GradeResult } from './types';

const reason = z.enum(['shape', 'values', 'nan', 'type', 'missing-function']);
const worst = z.object({
  index: z.array(z.number().int()),
  want: num,
  got: num,
  gap: num,
  allowance: num,
});

export const gradeResult: z.ZodType<GradeResult> = z.object({
  run: runResult,
  cases: z.array(
    z.object({
      name: text,
      hidden: z.boolean(),
      passed: z.boolean(),
      status: z.enum(['passed', 'failed', 'threw']),
      reason: reason.optional(),
      output: text.optional(),
      worst: worst.optional(),
      error: text.optional(),
    }),
  ),
  totalCases: z.number().int(),
  hiddenCases: z.number().int(),
  passed: z.boolean(),
  failure: z
    .object({
      caseName: text,
      hidden: z.boolean(),
      reason,
      output: text.optional(),
      expectedShape: shape.optional(),
      actualShape: shape.optional(),
      maxError: num.optional(),
      worst: worst.optional(),
      inputs: z.array(heatmap),
      expected: heatmap.optional(),
      actual: heatmap.optional(),
      difference: heatmap.optional(),
      functionName: text.optional(),
      expectedKind: text.optional(),
      actualKind: text.optional(),
      message: text.optional(),
    })
    .optional(),
  thrownIn: z.object({ caseName: text, hidden: z.boolean() }).optional(),
  tolerance: z.object({ atol: num, rtol: num }),
});
