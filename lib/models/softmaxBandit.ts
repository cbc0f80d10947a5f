import { asCaller, failWith } from '@/lib/attention/checks';
import { mulberry32 } from '@/lib/random';

/**
 * A multi-armed bandit with a softmax (Boltzmann) policy, for the reinforcement-learning lesson
 * (question 11). Each arm pays 1 with its own success rate, else 0. The agent keeps an estimate
 * Q(a) of each arm's mean reward and picks arm a with probability exp(Q(a)/T) / sum exp(Q(b)/T).
 * Randomness comes from a seeded generator, so a run is the same every time.
 */

/**
 * Mulberry32: a small 32-bit seeded generator, uniform on [0, 1). Good enough for teaching
 * simulations; not for cryptography.
 */
export function createBanditRng(seed: number): () => number {
  if (!Number.isInteger(seed)) {
    failWith('createBanditRng', 'code.core.integer', { name: 'seed', got: String(seed) });
  }
  return mulberry32(seed);
}

/** The Boltzmann policy: softmax of values / temperature (max subtracted, so no overflow). */
export function softmaxBanditPolicy(values: number[], temperature: number): number[] {
  if (!Array.isArray(values) || values.length === 0) {
    failWith('softmaxBanditPolicy', 'code.core.nonEmptyNumbers', {
      name: 'values',
      got: String(values),
    });
  }
  const bad = values.findIndex((v) => typeof v !== 'number' || !Number.isFinite(v));
  if (bad >= 0) {
    failWith('softmaxBanditPolicy', 'code.core.finite', {
      name: `values[${bad}]`,
      got: String(values[bad]),
    });
  }
  if (!(typeof temperature === 'number' && temperature > 0 && Number.isFinite(temperature))) {
    failWith('softmaxBanditPolicy', 'code.core.finitePositive', {
      name: 'temperature',
      got: String(temperature),
    });
  }
  const top = Math.max(...values);
  const weights = values.map((v) => Math.exp((v - top) / temperature));
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / total);
}

export interface SoftmaxBanditOptions {
  /** Each arm's probability of paying 1. */
  successRates: number[];
  steps: number;
  temperature: number;
  /** Seed of the generator (default 1). */
  seed?: number;
  /** Starting estimate for every arm (default 0). */
  initialValue?: number;
  /** Constant step size in (0, 1]; leave out for the sample average (step 1/n). */
  stepSize?: number;
  /** A source of uniform [0, 1) numbers to use instead of the seeded generator (for tests). */
  random?: () => number;
}

export interface SoftmaxBanditRun {
  /** [arms, steps]: the policy's probabilities when each step's arm was chosen. */
  policy: number[][];
  /** [arms, steps]: the value estimates after each step's update. */
  values: number[][];
  /** The arm pulled at each step. */
  actions: number[];
  /** The reward (0 or 1) at each step. */
  rewards: number[];
  /** How often each arm was pulled. */
  counts: number[];
  totalReward: number;
}

export function runSoftmaxBandit(options: SoftmaxBanditOptions): SoftmaxBanditRun {
  const fn = 'runSoftmaxBandit';
  const {
    successRates,
    steps,
    temperature,
    seed = 1,
    initialValue = 0,
    stepSize,
  } = options ?? ({} as never);
  if (!Array.isArray(successRates) || successRates.length < 2) {
    failWith(fn, 'code.core.rates', { name: 'successRates', got: String(successRates) });
  }
  const bad = successRates.findIndex((p) => typeof p !== 'number' || !(p >= 0 && p <= 1));
  if (bad >= 0) {
    failWith(fn, 'code.core.notScore', {
      name: `successRates[${bad}]`,
      got: String(successRates[bad]),
    });
  }
  if (!Number.isInteger(steps) || steps < 1) {
    failWith(fn, 'code.core.positiveInt', { name: 'steps', got: String(steps) });
  }
  if (stepSize !== undefined && !(stepSize > 0 && stepSize <= 1)) {
    failWith(fn, 'code.core.stepSize', { name: 'stepSize', got: String(stepSize) });
  }
  if (!Number.isFinite(initialValue)) {
    failWith(fn, 'code.core.finite', { name: 'initialValue', got: String(initialValue) });
  }
  const random = options.random ?? createBanditRng(seed);
  const arms = successRates.length;
  const q = new Array<number>(arms).fill(initialValue);
  const counts = new Array<number>(arms).fill(0);
  const policy = successRates.map(() => new Array<number>(steps).fill(0));
  const values = successRates.map(() => new Array<number>(steps).fill(0));
  const actions: number[] = [];
  const rewards: number[] = [];

  for (let t = 0; t < steps; t++) {
    const probs = asCaller(fn, () => softmaxBanditPolicy(q, temperature));
    // Sample an arm: the first whose cumulative probability passes a uniform draw.
    const u = random();
    let action = arms - 1;
    let cumulative = 0;
    for (let a = 0; a < arms; a++) {
      cumulative += probs[a];
      if (u < cumulative) {
        action = a;
        break;
      }
    }
    const reward = random() < successRates[action] ? 1 : 0;
    counts[action]++;
    const alpha = stepSize ?? 1 / counts[action];
    q[action] += alpha * (reward - q[action]);
    for (let a = 0; a < arms; a++) {
      policy[a][t] = probs[a];
      values[a][t] = q[a];
    }
    actions.push(action);
    rewards.push(reward);
  }
  return {
    policy,
    values,
    actions,
    rewards,
    counts,
    totalReward: rewards.reduce((a, b) => a + b, 0),
  };
}
