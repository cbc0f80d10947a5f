/**
 * The shape the page accepts for the trainer's answer from the sandboxed runner (see
 * lib/runtime/sandboxMessages.ts): learner code may share that worker and could post anything.
 */
import { z } from 'zod';
import { coded, float32, num, text } from '@/lib/runtime/sandboxMessages';
import type { LabProblem } from './problems';
import type { TrainResult } from './trainKind';

const ints = z.array(z.number().int());

// The page looks the code up in the lab's table; an unknown one shows as the code itself.
const problem = z.object({
  code: z.string().startsWith('lab.problem.'),
  params: z.record(z.string(), z.union([text, num])).optional(),
}) as z.ZodType<LabProblem>;

export const trainResult: z.ZodType<TrainResult> = z.object({
  ok: z.boolean(),
  error: text.optional(),
  problem: problem.optional(),
  coded: coded.optional(),
  backend: text,
  metrics: z.object({ step: z.number().int(), loss: num, accuracy: num }).optional(),
  probe: z
    .object({
      input: ints,
      prediction: ints,
      target: ints,
      scored: z.array(num),
      weights: z.array(float32),
    })
    .optional(),
  weights: z.record(z.string(), z.array(num)).optional(),
  optimizer: z
    .object({
      iterations: z.number().int(),
      m: z.record(z.string(), z.array(num)),
      v: z.record(z.string(), z.array(num)),
    })
    .optional(),
  stepsPerSecond: num.optional(),
});
