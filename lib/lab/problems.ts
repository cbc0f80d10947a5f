import type { LabMessageKey } from '@/lib/i18n/labMessages';

/** The lab's problem messages: keys of the lab's table (lib/i18n/labMessages.ts). */
export type LabProblemCode = Extract<LabMessageKey, `lab.problem.${string}`>;

/**
 * A problem with settings, a model file or training, as a code and its parameters. Made where the
 * page's language is unknown (the settings check, the file reader, the worker), worded by the page
 * in its language (components/lab/labMessages.tsx). A `field` parameter names a setting by its key
 * (`heads`), which the page shows as that setting's label.
 */
export interface LabProblem {
  code: LabProblemCode;
  params?: Record<string, string | number>;
}

export function labProblem(
  code: LabProblemCode,
  params?: Record<string, string | number>,
): LabProblem {
  return params ? { code, params } : { code };
}

/** An error that carries its problem, thrown in the trainer and worded by the page. */
export class LabProblemError extends Error {
  constructor(readonly problem: LabProblem) {
    super(`${problem.code} ${JSON.stringify(problem.params ?? {})}`);
    this.name = 'LabProblemError';
  }
}
