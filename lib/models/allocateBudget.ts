/**
 * A priority-based budget allocator for the resource-allocation lesson (question 8): a softmax
 * with temperature over task priorities decides each active task's share of a fixed budget per
 * time step. Tasks arrive, receive work, and leave when done; a task never gets more than it
 * still needs, and what it cannot use goes to the others.
 */

import { asCaller, failWith } from '@/lib/attention/checks';
import type { CodedMessage, MessageParam } from '@/lib/i18n/codedMessages';

export interface BudgetTask {
  name: string;
  /** Higher means more important; only differences between priorities matter. */
  priority: number;
  /** First step at which the task can receive budget. */
  arrival: number;
  /** Units of work needed to finish. */
  work: number;
}

export interface BudgetSimulation {
  /** Task names, the row labels of the matrices. */
  tasks: string[];
  /** [tasks, steps]: budget given to each task at each step. */
  allocation: number[][];
  /** [tasks, steps]: work left after each step. */
  remaining: number[][];
  /** Step at which each task finished, or null if it did not finish in time. */
  finish: (number | null)[];
  /** Budget left unused at each step (no active task could use it). */
  idle: number[];
}

/** Fails with `code` (whose wording says what was expected) unless `test` holds. */
function check(
  fn: string,
  name: string,
  value: unknown,
  test: boolean,
  code: CodedMessage['code'],
  params: Record<string, MessageParam> = {},
) {
  if (!test) failWith(fn, code, { name, got: String(value), ...params });
}

/**
 * Softmax shares of the budget: share_i = exp(p_i / T) / sum_j exp(p_j / T), times the budget.
 * The maximum priority is subtracted first so a small temperature cannot overflow exp.
 */
export function allocateBudgetShares(
  priorities: number[],
  budget: number,
  temperature: number,
): number[] {
  const fn = 'allocateBudgetShares';
  check(
    fn,
    'priorities',
    priorities,
    Array.isArray(priorities) && priorities.length > 0,
    'code.core.nonEmptyNumbers',
  );
  priorities.forEach((p, i) =>
    check(
      fn,
      `priorities[${i}]`,
      p,
      typeof p === 'number' && Number.isFinite(p),
      'code.core.finite',
    ),
  );
  check(
    fn,
    'budget',
    budget,
    typeof budget === 'number' && budget >= 0 && Number.isFinite(budget),
    'code.core.finiteNonNegative',
  );
  check(
    fn,
    'temperature',
    temperature,
    typeof temperature === 'number' && temperature > 0 && Number.isFinite(temperature),
    'code.core.finitePositive',
  );
  const top = Math.max(...priorities);
  const weights = priorities.map((p) => Math.exp((p - top) / temperature));
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (budget * w) / total);
}

/** Runs the allocator for `steps` steps and records who got what. */
export function simulateBudgetAllocation(options: {
  tasks: BudgetTask[];
  steps: number;
  budget: number;
  temperature: number;
}): BudgetSimulation {
  const fn = 'simulateBudgetAllocation';
  const { tasks, steps, budget, temperature } = options ?? ({} as never);
  check(fn, 'tasks', tasks, Array.isArray(tasks) && tasks.length > 0, 'code.core.nonEmptyArrayOf', {
    item: '{ name, priority, arrival, work }',
  });
  check(fn, 'steps', steps, Number.isInteger(steps) && steps > 0, 'code.core.positiveInt');
  tasks.forEach((t, i) => {
    check(fn, `tasks[${i}].name`, t?.name, typeof t?.name === 'string', 'code.core.string');
    check(
      fn,
      `tasks[${i}].arrival`,
      t.arrival,
      Number.isInteger(t.arrival) && t.arrival >= 0,
      'code.core.stepIndex',
    );
    check(
      fn,
      `tasks[${i}].work`,
      t.work,
      typeof t.work === 'number' && t.work > 0 && Number.isFinite(t.work),
      'code.core.finitePositive',
    );
  });
  // Validates budget, temperature and priorities once, with this function's name in the message.
  asCaller(fn, () =>
    allocateBudgetShares(
      tasks.map((t) => t.priority),
      budget,
      temperature,
    ),
  );

  const left = tasks.map((t) => t.work);
  const allocation = tasks.map(() => new Array<number>(steps).fill(0));
  const remaining = tasks.map(() => new Array<number>(steps).fill(0));
  const finish: (number | null)[] = tasks.map(() => null);
  const idle: number[] = [];
  const done = 1e-9;

  for (let t = 0; t < steps; t++) {
    let open = tasks.map((_, i) => i).filter((i) => tasks[i].arrival <= t && left[i] > done);
    let spare = budget;
    // Water-filling: a task whose share exceeds its need takes only its need, and the rest of
    // the budget is shared again among the others by the same softmax.
    while (open.length > 0 && spare > done) {
      const shares = allocateBudgetShares(
        open.map((i) => tasks[i].priority),
        spare,
        temperature,
      );
      const capped = open.filter((i, k) => shares[k] >= left[i]);
      if (capped.length === 0) {
        open.forEach((i, k) => {
          allocation[i][t] = shares[k];
          left[i] -= shares[k];
        });
        spare = 0;
        break;
      }
      for (const i of capped) {
        allocation[i][t] = left[i];
        spare -= left[i];
        left[i] = 0;
      }
      open = open.filter((i) => !capped.includes(i));
    }
    idle.push(Math.max(0, spare));
    tasks.forEach((_, i) => {
      if (left[i] <= done) left[i] = 0;
      remaining[i][t] = left[i];
      if (finish[i] === null && left[i] === 0 && tasks[i].arrival <= t) finish[i] = t;
    });
  }
  return { tasks: tasks.map((t) => t.name), allocation, remaining, finish, idle };
}
