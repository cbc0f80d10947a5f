import { labMessageTables } from '@/lib/i18n/labMessages';
import type { LabProblem } from './problems';

/**
 * A problem in English, for the worker's `error` text (consoles, Node tests, benches); the page
 * words the code itself. Kept apart from problems.ts so the settings check, which every lab page
 * loads, does not carry the lab's tables.
 */
export function problemEnglish(problem: LabProblem): string {
  const params = problem.params ?? {};
  return labMessageTables.en[problem.code].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
