import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { englishSentences } from '@/lib/i18n/englishText';
import { codedThrownBy, codesIn } from '@/lib/testing/codedErrors';
import { codedOf, renderCoded, type CodedMessage } from '@/lib/i18n/codedMessages';
import {
  allocateBudgetShares,
  createBanditRng,
  greedyDecode,
  rocCurve,
  runSoftmaxBandit,
  simulateBudgetAllocation,
  simulateFocusSession,
  softmaxBanditPolicy,
  trapezoidArea,
} from '.';

// The lesson models page code calls (simulators, allocators, the ROC curve, greedy decoding)
// throw coded errors like the attention core: a wrong call on a Chinese page reads in Chinese,
// and the English `message` stays the wording learners and tests already know.

const modelFiles = [
  'focusSession',
  'rocCurve',
  'greedyDecode',
  'softmaxBandit',
  'allocateBudget',
].map((name) => readFileSync(`lib/models/${name}.ts`, 'utf8'));

async function codedRejectedBy(call: () => Promise<unknown>): Promise<CodedMessage> {
  try {
    await call();
  } catch (error) {
    const coded = codedOf(error);
    expect(coded, String(error)).toBeDefined();
    return coded!;
  }
  throw new Error('expected the call to reject');
}

const focus = (options: object) => () =>
  simulateFocusSession({ minutes: 3, startActivity: 'a', ...options } as never);
const bandit = (options: object) => () =>
  runSoftmaxBandit({ successRates: [0.5, 0.2], steps: 3, temperature: 1, ...options } as never);
const task = { name: 'a', priority: 1, arrival: 0, work: 2 };
const budget = (options: object) => () =>
  simulateBudgetAllocation({ tasks: [task], steps: 3, budget: 1, temperature: 1, ...options });

/** Each call and the English its error must read, written from the contract, not the code. */
const syncCases: [() => unknown, string][] = [
  [() => rocCurve('01' as never, []), 'rocCurve: yTrue is string but expected an array of 0/1'],
  [() => rocCurve([0], 5 as never), 'rocCurve: scores is number but expected an array of numbers'],
  [() => rocCurve([0, 1], [0.5]), 'rocCurve: scores has length 1 but expected 2 to match yTrue'],
  [() => rocCurve([0, 2], [0.5, 0.1]), 'rocCurve: yTrue[1] is 2 but expected 0 or 1'],
  [() => rocCurve([0, 1], [0.5, NaN]), 'rocCurve: scores[1] is NaN but expected a finite number'],
  [
    () => rocCurve([1, 1], [0.5, 0.1]),
    'rocCurve: yTrue has 2 positives and 0 negatives but expected at least one of each',
  ],
  [
    () => trapezoidArea([0, 1], [0]),
    'trapezoidArea: x has 2 points and y has 1 but expected the same number, at least 2',
  ],
  [
    () => trapezoidArea([1, 0], [0, 1]),
    'trapezoidArea: x[1] = 0 is below x[0] = 1 but expected x sorted ascending',
  ],
  [
    () => simulateFocusSession(null as never),
    'simulateFocusSession: options is null but expected an object { minutes, startActivity, events?, rule? }',
  ],
  [focus({ minutes: 0 }), 'simulateFocusSession: minutes is 0 but expected a positive integer'],
  [
    focus({ startActivity: '' }),
    'simulateFocusSession: startActivity is  but expected a non-empty string',
  ],
  [
    focus({ rule: 1 }),
    'simulateFocusSession: rule is number but expected a function (step) => score',
  ],
  [
    focus({ startScore: 2 }),
    'simulateFocusSession: startScore is 2 but expected a number in [0, 1]',
  ],
  [focus({ events: 'x' }), 'simulateFocusSession: events is string but expected an array'],
  [
    focus({ events: [{ minute: 5, kind: 'notification' }] }),
    'simulateFocusSession: events[0].minute is 5 but expected an integer in [0, 2]',
  ],
  [
    focus({ events: [{ minute: 1, kind: 'switch' }] }),
    'simulateFocusSession: events[0].to is undefined but expected the activity switched to',
  ],
  [
    focus({ events: [{ minute: 1, kind: 'call' }] }),
    "simulateFocusSession: events[0].kind is call but expected 'switch' or 'notification'",
  ],
  [
    focus({ rule: () => Number.NaN }),
    'simulateFocusSession: rule returned NaN at minute 0 but expected a number',
  ],
  [
    focus({ activities: ['b'] }),
    'simulateFocusSession: activities is [b] but the session also spends time on "a"',
  ],
  [() => createBanditRng(1.5), 'createBanditRng: seed is 1.5 but expected an integer'],
  [
    () => softmaxBanditPolicy([], 1),
    'softmaxBanditPolicy: values is  but expected a non-empty array of numbers',
  ],
  [
    () => softmaxBanditPolicy([1, Infinity], 1),
    'softmaxBanditPolicy: values[1] is Infinity but expected a finite number',
  ],
  [
    bandit({ successRates: [0.5] }),
    'runSoftmaxBandit: successRates is 0.5 but expected an array of at least 2 rates',
  ],
  [
    bandit({ successRates: [0.5, 2] }),
    'runSoftmaxBandit: successRates[1] is 2 but expected a number in [0, 1]',
  ],
  [bandit({ steps: 0 }), 'runSoftmaxBandit: steps is 0 but expected a positive integer'],
  [
    bandit({ stepSize: 0 }),
    'runSoftmaxBandit: stepSize is 0 but expected a number in (0, 1] or none',
  ],
  [
    bandit({ initialValue: NaN }),
    'runSoftmaxBandit: initialValue is NaN but expected a finite number',
  ],
  // The policy's own check, named after the function the learner called.
  [
    bandit({ temperature: 0 }),
    'runSoftmaxBandit: temperature is 0 but expected a finite number > 0',
  ],
  [
    () => allocateBudgetShares([1, 2], -1, 1),
    'allocateBudgetShares: budget is -1 but expected a finite number >= 0',
  ],
  [
    budget({ tasks: [] }),
    'simulateBudgetAllocation: tasks is  but expected a non-empty array of { name, priority, arrival, work }',
  ],
  [
    budget({ steps: 1.5 }),
    'simulateBudgetAllocation: steps is 1.5 but expected a positive integer',
  ],
  [
    budget({ tasks: [{ ...task, name: 3 }] }),
    'simulateBudgetAllocation: tasks[0].name is 3 but expected a string',
  ],
  [
    budget({ tasks: [{ ...task, arrival: -1 }] }),
    'simulateBudgetAllocation: tasks[0].arrival is -1 but expected an integer step >= 0',
  ],
  [
    budget({ tasks: [{ ...task, priority: NaN }] }),
    'simulateBudgetAllocation: priorities[0] is NaN but expected a finite number',
  ],
];

const decode =
  (next: unknown, prompt: unknown = [0], opts: unknown = { maxNewTokens: 2 }) =>
  () =>
    greedyDecode(next as never, prompt as never, opts as never);

const asyncCases: [() => Promise<unknown>, string][] = [
  [decode('f'), 'greedyDecode: nextLogits is string but expected a function (ids) => logits'],
  [
    decode(() => [1], [-1]),
    'greedyDecode: prompt is [-1] but expected a non-empty array of token ids (integers >= 0)',
  ],
  [
    decode(() => [1], [0], 5),
    'greedyDecode: opts is a number but expected an object { maxNewTokens, stopId? }',
  ],
  [
    decode(() => [1], [0], { maxNewTokens: -1 }),
    'greedyDecode: maxNewTokens is -1 but expected an integer >= 0',
  ],
  [
    decode(() => [1], [0], { maxNewTokens: 1, stopId: 0.5 }),
    'greedyDecode: stopId is 0.5 but expected a token id (integer >= 0)',
  ],
  [
    decode(() => tf.zeros([2, 2])),
    'greedyDecode: nextLogits returned a tensor of shape [2, 2] at step 0 but expected a 1-D tensor [vocab]',
  ],
  [
    decode(() => null),
    'greedyDecode: nextLogits returned null at step 0 but expected number[] or a 1-D tensor',
  ],
  [
    decode(() => []),
    'greedyDecode: nextLogits returned 0 logits at step 0 but expected at least one (one per vocabulary entry)',
  ],
  [
    decode((ids: number[]) => (ids.length === 1 ? [1, 0] : [1, 0, 0])),
    'greedyDecode: nextLogits returned 3 logits at step 1 but expected 2 (one per vocabulary entry)',
  ],
  [decode(() => [0, Number.NaN]), 'greedyDecode: logit 1 at step 0 is NaN but expected a number'],
];

describe('the lesson models’ error codes', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('throws coded errors whose English is the contract’s and whose Chinese has no English', async () => {
    const thrown: [CodedMessage, string][] = [
      ...syncCases.map(
        ([call, english]) => [codedThrownBy(call), english] as [CodedMessage, string],
      ),
    ];
    for (const [call, english] of asyncCases) thrown.push([await codedRejectedBy(call), english]);
    for (const [coded, english] of thrown) {
      expect(renderCoded(coded, 'en')).toBe(english);
      const chinese = renderCoded(coded, 'zh');
      expect(chinese).toMatch(/\p{Script=Han}/u);
      expect(englishSentences(chinese), chinese).toEqual([]);
    }

    // Every code these models use is thrown by one of the cases above.
    const exercised = new Set(thrown.map(([coded]) => coded.code));
    const used = new Set(modelFiles.flatMap(codesIn));
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((code) => !exercised.has(code as CodedMessage['code']))).toEqual([]);
  });

  it('words a wrong call in Chinese, parameters and all', () => {
    expect(
      renderCoded(
        codedThrownBy(() => rocCurve([0, 1], [0.5])),
        'zh',
      ),
    ).toBe('rocCurve：scores 的长度为 1，但应为 2，与 yTrue 一致');
    expect(renderCoded(codedThrownBy(bandit({ temperature: 0 })), 'zh')).toBe(
      'runSoftmaxBandit：temperature 为 0，但应为 > 0 的有限数',
    );
  });
});
