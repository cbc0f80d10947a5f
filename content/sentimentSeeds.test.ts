import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { runnableBlocks } from '@/lib/content/mdx/extractRunnable';
import { loadQuestions } from '@/lib/content/questions';
import { executeCode } from '@/lib/runtime/execute';
import '@/lib/runtime/gradients';
import { sandboxGlobals } from '@/lib/runtime/sandboxGlobals';
import { beforeAndAfter, trainingLosses } from './checks/attention-in-sentiment-analysis';

// Page 26 trains its scorer from one seed and says what other seeds do. This runs the page's
// own demo with seeds 1 to 5, so that what it says about them is checked, not hoped.
beforeAll(async () => {
  await tf.setBackend('cpu');
});

const page = loadQuestions().find((q) => q.slug === 'attention-in-sentiment-analysis');
const demo = runnableBlocks(page?.body ?? '').find((b) => b.code.includes('tf.train.adam'));

async function runWithSeed(seed: number) {
  const seedLine = /^const seed = 1;/m;
  expect(demo?.code).toMatch(seedLine);
  const result = await executeCode(
    (demo?.code ?? '').replace(seedLine, `const seed = ${seed};`),
    tf,
    sandboxGlobals,
  );
  expect(result.error, result.error?.message).toBeUndefined();
  expect(result.leakedTensors).toBe(0);
  return beforeAndAfter([result]).map((r) => ({ ...r, losses: trainingLosses([result]) }));
}

describe('page 26: the trained scorer over seeds 1 to 5', () => {
  it.each([1, 2, 3, 4, 5])('seed %i fits the labels and concentrates the weights', async (seed) => {
    const reviews = await runWithSeed(seed);
    // "every one fits the labels (loss under 0.02)"
    expect(reviews[0].losses.at(-1)).toBeLessThan(0.02);
    // "and concentrates the weights": the largest weight grows well beyond uniform.
    for (const r of reviews)
      expect(Math.max(...r.after)).toBeGreaterThan(1.5 * Math.max(...r.before));
  });

  it('seed 4: the first review\'s largest weight, about a third, is on its second "the"', async () => {
    const [first] = await runWithSeed(4);
    const top = first.after.indexOf(Math.max(...first.after));
    expect(top).toBe(5);
    expect(first.words[top]).toBe('the');
    expect(first.after[top]).toBeGreaterThan(0.25);
    expect(first.after[top]).toBeLessThan(0.45);
  });

  it('seed 3: the second review\'s largest weight is on "truly", not "awful"', async () => {
    const [, second] = await runWithSeed(3);
    expect(second.words[second.after.indexOf(Math.max(...second.after))]).toBe('truly');
  });
});
