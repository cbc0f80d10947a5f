import { describe, expect, it } from 'vitest';
import { allocateBudgetShares, simulateBudgetAllocation } from './allocateBudget';

describe('allocateBudgetShares', () => {
  it('is a softmax of priority / temperature, times the budget', () => {
    // Priorities [1, 0], T = 1: e / (e + 1) and 1 / (e + 1).
    const [a, b] = allocateBudgetShares([1, 0], 10, 1);
    expect(a).toBeCloseTo((10 * Math.E) / (Math.E + 1), 10);
    expect(b).toBeCloseTo(10 / (Math.E + 1), 10);
    // T = 2 halves the priority gap: e^0.5 / (e^0.5 + 1).
    expect(allocateBudgetShares([1, 0], 1, 2)[0]).toBeCloseTo(
      Math.exp(0.5) / (Math.exp(0.5) + 1),
      10,
    );
  });

  it('goes greedy as the temperature falls and even as it rises, without overflow', () => {
    const cold = allocateBudgetShares([3, 2, 1], 6, 0.001);
    expect(cold[0]).toBeCloseTo(6, 10);
    expect(cold[1]).toBeCloseTo(0, 10);
    const hot = allocateBudgetShares([3, 2, 1], 6, 1e6);
    hot.forEach((s) => expect(s).toBeCloseTo(2, 4));
    const tied = allocateBudgetShares([5, 5, 1], 4, 0.001);
    expect(tied[0]).toBeCloseTo(2, 10);
    expect(tied[1]).toBeCloseTo(2, 10);
  });

  it('throws clear errors', () => {
    expect(() => allocateBudgetShares([1, 2], 10, 0)).toThrow(
      /allocateBudgetShares: temperature is 0 but expected a finite number > 0/,
    );
    expect(() => allocateBudgetShares([], 10, 1)).toThrow(/priorities/);
    expect(() => allocateBudgetShares([1, NaN], 10, 1)).toThrow(/priorities\[1\] is NaN/);
  });
});

describe('simulateBudgetAllocation', () => {
  it('caps a task at what it needs and gives the rest to the others', () => {
    const sim = simulateBudgetAllocation({
      tasks: [
        { name: 'small', priority: 0, arrival: 0, work: 2 },
        { name: 'big', priority: 0, arrival: 0, work: 100 },
      ],
      steps: 2,
      budget: 10,
      temperature: 1,
    });
    // Equal priorities: 5 each, but 'small' needs only 2, so 'big' gets 8.
    expect(sim.allocation[0]).toEqual([2, 0]);
    expect(sim.allocation[1]).toEqual([8, 10]);
    expect(sim.remaining[1]).toEqual([92, 82]);
    expect(sim.finish).toEqual([0, null]);
    expect(sim.idle).toEqual([0, 0]);
  });

  it('waits for arrivals and leaves budget idle when nobody can use it', () => {
    const sim = simulateBudgetAllocation({
      tasks: [
        { name: 'a', priority: 1, arrival: 0, work: 3 },
        { name: 'b', priority: 0, arrival: 2, work: 4 },
      ],
      steps: 4,
      budget: 4,
      temperature: 1,
    });
    expect(sim.allocation[0]).toEqual([3, 0, 0, 0]);
    expect(sim.allocation[1]).toEqual([0, 0, 4, 0]);
    expect(sim.idle).toEqual([1, 4, 0, 4]);
    expect(sim.finish).toEqual([0, 2]);
  });

  it('splits by the softmax while nobody is capped', () => {
    const sim = simulateBudgetAllocation({
      tasks: [
        { name: 'hi', priority: 1, arrival: 0, work: 100 },
        { name: 'lo', priority: 0, arrival: 0, work: 100 },
      ],
      steps: 1,
      budget: 10,
      temperature: 1,
    });
    expect(sim.allocation[0][0]).toBeCloseTo((10 * Math.E) / (Math.E + 1), 10);
    expect(sim.allocation[0][0] + sim.allocation[1][0]).toBeCloseTo(10, 10);
  });

  it('throws clear errors', () => {
    const tasks = [{ name: 'a', priority: 1, arrival: 0, work: 3 }];
    expect(() => simulateBudgetAllocation({ tasks, steps: 3, budget: 1, temperature: -1 })).toThrow(
      /simulateBudgetAllocation: temperature is -1/,
    );
    expect(() =>
      simulateBudgetAllocation({
        tasks: [{ name: 'a', priority: 1, arrival: 0, work: 0 }],
        steps: 3,
        budget: 1,
        temperature: 1,
      }),
    ).toThrow(/tasks\[0\]\.work is 0 but expected a finite number > 0/);
  });
});
