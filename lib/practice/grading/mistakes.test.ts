import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { scaledDotProductAttention } from '@/lib/attention';
import { drillCases } from '@/lib/practice/drills/catalog';
import { solutions } from '@/lib/practice/drills/catalog';
import { gradeCode } from './grader';
import { mutate, setupCpuBackend } from './testing';

setupCpuBackend();

/** A typical mistake per drill, made by editing the clean solution. */
const mistakes: [id: string, mistake: string, edits: [string, string][], output: string][] = [
  [
    'masked-softmax',
    'masks after the softmax, so rows no longer sum to 1',
    [
      [
        'return tf.div(e, tf.sum(e, -1, true));',
        'return tf.mul(tf.softmax(logits), tf.logicalNot(mask));',
      ],
    ],
    '',
  ],
  ['attention-steps', 'divides by d instead of sqrt(d)', [['Math.sqrt(d)', 'd']], 'scaled'],
  ['causal-attention', 'forgets the 1/sqrt(d) scale', [['Math.sqrt(d)', '1']], 'output'],
  [
    'causal-attention',
    'blocks the past instead of the future',
    [['tf.greater(j, i)', 'tf.greater(i, j)']],
    'output',
  ],
  [
    'multi-head-attention',
    'scales by sqrt(E), not sqrt(E / numHeads)',
    [['Math.sqrt(headDim)', 'Math.sqrt(E)']],
    'output',
  ],
  [
    'additive-attention',
    'normalises over the queries instead of the keys',
    [
      [
        'tf.softmax(scores); // over the keys',
        'tf.transpose(tf.softmax(tf.transpose(scores, [0, 2, 1])), [0, 2, 1]);',
      ],
    ],
    'output',
  ],
  [
    'attention-pooling',
    'ignores the padding mask',
    [['tf.where(mask, tf.fill([B, T], -Infinity), scores)', 'scores']],
    'context',
  ],
  [
    'spatial-attention',
    'stacks max before mean',
    [['[tf.mean(x, 1, true), tf.max(x, 1, true)]', '[tf.max(x, 1, true), tf.mean(x, 1, true)]']],
    'output',
  ],
  [
    'channel-attention',
    'squeezes with max instead of mean',
    [['tf.mean(x, [2, 3])', 'tf.max(x, [2, 3])']],
    'output',
  ],
  [
    'bidirectional-attention',
    'uses the row mean for query-to-context',
    [['tf.max(similarity, -1)', 'tf.mean(similarity, -1)']],
    'q2c',
  ],
  [
    'graph-attention',
    'swaps the source and destination halves of the attention vector',
    [
      ['params.attDst', 'params.SWAP'],
      ['params.attSrc', 'params.attDst'],
      ['params.SWAP', 'params.attSrc'],
    ],
    'output',
  ],
  ['f1-and-auc', 'counts a tie as a loss', [['p === n ? 0.5 : 0', '0']], 'auc'],
  [
    'lstm',
    'reads the gates as i, f, o, g',
    [['const [i, f, g, o]', 'const [i, f, o, g]']],
    'output',
  ],
  [
    'rotary-embedding',
    'counts positions from 0, ignoring the offset',
    [['tf.range(offset, offset + L)', 'tf.range(0, L)']],
    '',
  ],
  [
    'decode-step',
    'aligns the causal mask top-left, so the new token sees only the first key',
    [['tf.range(S - L, S)', 'tf.range(0, L)']],
    'output',
  ],
  [
    'online-softmax',
    'keeps the old sum and output when the maximum grows',
    [
      ['tf.mul(sum, rescale)', 'sum'],
      ['tf.mul(acc, rescale)', 'acc'],
    ],
    'output',
  ],
];

describe.each(mistakes)('%s: %s', (id, _mistake, edits, output) => {
  it('fails with reason values, the worst element and a difference display', async () => {
    const before = tf.memory().numTensors;
    const result = await gradeCode(mutate(solutions[id], ...edits), id, 5, tf);
    expect(tf.memory().numTensors).toBe(before);
    expect(result.run.error, result.run.error?.message).toBeUndefined();
    expect(result.passed).toBe(false);
    const failure = result.failure!;
    expect(failure).toMatchObject({ reason: 'values', output });
    expect(failure.expectedShape).toEqual(failure.actualShape);
    expect(failure.maxError).toBeGreaterThan(result.tolerance.atol);
    const { want, got, index } = failure.worst!;
    expect(Math.abs(got - want)).toBeGreaterThan(result.tolerance.atol);
    expect(index).toHaveLength(failure.expectedShape!.length);
    const difference = failure.difference!;
    expect(difference.kind).toBe('heatmap');
    expect(difference.shape).toEqual(failure.expected!.shape);
    // The difference is got - want, element by element.
    const { expected, actual } = failure;
    difference.data.forEach((d, i) =>
      expect(d).toBeCloseTo(actual!.data[i] - expected!.data[i], 5),
    );
    // The failing case is the first not passed; every case before it passed.
    const at = result.cases.findIndex((c) => !c.passed);
    expect(result.cases[at].name).toBe(failure.caseName);
    expect(result.cases.slice(0, at).every((c) => c.passed)).toBe(true);
  });
});

describe('what a failure shows', () => {
  it('expected values are lib/attention results for the case inputs', async () => {
    const source = mutate(solutions['causal-attention'], ['Math.sqrt(d)', '1']);
    const { failure } = await gradeCode(source, 'causal-attention', 9, tf);
    const visible = drillCases('causal-attention', 9)[0];
    expect(failure?.caseName).toBe(visible.name);
    const [q, k, v] = visible.inputs.map((i) => tf.tensor(i.data, i.shape));
    const want = scaledDotProductAttention(q, k, v, { causal: true });
    // Batch 0 of output [1, 3, 2] is the whole of it.
    expect(failure?.expected?.shape).toEqual([3, 2]);
    expect(failure?.expected?.title).toBe('output[0] [1, 3, 2]');
    const wantData = await want.output.data();
    failure?.expected?.data.forEach((x, i) => expect(x).toBeCloseTo(wantData[i], 5));
    // The inputs come as heatmaps of batch 0, named with the full shape.
    expect(failure?.inputs.map((d) => d.title)).toEqual([
      'q[0] [1, 3, 2]',
      'k[0] [1, 3, 2]',
      'v[0] [1, 3, 2]',
    ]);
    tf.dispose([q, k, v, want.output, want.weights]);
  });

  it('a tie-blind AUC fails on the visible case with ties, against the hand-derived 5/9', async () => {
    const source = mutate(solutions['f1-and-auc'], ['p === n ? 0.5 : 0', '0']);
    const { failure, cases } = await gradeCode(source, 'f1-and-auc', 1, tf);
    expect(cases.slice(0, 2).map((c) => c.passed)).toEqual([true, false]);
    // Positives 0.7, 0.5, 0.2 against negatives 0.7, 0.5, 0.1: 2.5 + 1.5 + 1 = 5 of 9 pairs.
    expect(failure?.worst?.want).toBeCloseTo(5 / 9, 6);
    expect(failure?.worst?.got).toBeCloseTo(4 / 9, 6);
    expect(failure?.expectedShape).toEqual([]);
  });

  it('a NaN where a finite value is expected fails with reason nan', async () => {
    // exp() of logits in the hundreds overflows to Infinity, and Infinity / Infinity is NaN.
    const naive = `function maskedSoftmax(logits: tf.Tensor, mask: tf.Tensor) {
  return tf.tidy(() => {
    const e = tf.where(mask, tf.zerosLike(logits), tf.exp(logits));
    return tf.div(e, tf.sum(e, -1, true));
  });
}`;
    const result = await gradeCode(naive, 'masked-softmax', 4, tf);
    expect(result.failure).toMatchObject({ reason: 'nan', hidden: true });
    expect(result.failure?.caseName).toMatch(/\|logits\|<=800/);
    expect(Number.isNaN(result.failure?.worst?.got)).toBe(true);
  });

  it('a -1e9 stand-in for -Infinity fails the masked step, whose infinities must match', async () => {
    const source = mutate(solutions['attention-steps'], [
      'tf.fill(scaled.shape, -Infinity)',
      'tf.fill(scaled.shape, -1e9)',
    ]);
    const { failure } = await gradeCode(source, 'attention-steps', 1, tf);
    expect(failure).toMatchObject({ reason: 'values', output: 'masked', maxError: Infinity });
    expect(failure?.worst?.want).toBe(-Infinity);
  });

  it('a return value of the wrong kind fails with reason type and names both kinds', async () => {
    const source = `function causalAttention(q: tf.Tensor, k: tf.Tensor, v: tf.Tensor) {
  return [tf.clone(q), tf.clone(k)];
}`;
    const result = await gradeCode(source, 'causal-attention', 1, tf);
    expect(result.failure).toMatchObject({
      reason: 'type',
      output: 'output',
      expectedKind: '{ output, weights }',
      actualKind: '[tensor [1, 3, 2], tensor [1, 3, 2]]',
    });
    // The returned tensors are freed by the grader, so the learner is not blamed for a leak.
    expect(result.run.leakedTensors).toBe(0);
  });

  it('accepts an async function and nested number arrays', async () => {
    const source = `async function f1AndAuc(yTrue: number[], yPred: number[], scores: number[]) {
  ${solutions['f1-and-auc'].replace(/^function f1AndAuc\([^]*?\{ f1: number; auc: number \} \{/, '').replace(/\}\s*$/, '')}
}`;
    expect((await gradeCode(source, 'f1-and-auc', 2, tf)).passed).toBe(true);
    const asArrays = `async function maskedSoftmax(logits: tf.Tensor, mask: tf.Tensor) {
  const w = tf.softmax(tf.where(mask, tf.fill(logits.shape, -Infinity), logits));
  const values = await w.array();
  tf.dispose(w);
  return values;
}`;
    const result = await gradeCode(asArrays, 'masked-softmax', 2, tf);
    expect(result.run.error).toBeUndefined();
    expect(result.passed).toBe(true);
  });

  it('a tfjs error inside the function points at the learner line', async () => {
    const source = mutate(solutions['causal-attention'], [
      'tf.matMul(weights, v)',
      'tf.matMul(q, v)',
    ]);
    const line = source.split('\n').findIndex((l) => l.includes('tf.matMul(q, v)')) + 1;
    const result = await gradeCode(source, 'causal-attention', 1, tf);
    expect(result.run.error).toMatchObject({ kind: 'runtime', location: { line } });
  });

  it('a syntax error is reported like a normal run, with no case graded', async () => {
    const result = await gradeCode('function causalAttention(q {\n}', 'causal-attention', 1, tf);
    expect(result.run.error?.kind).toBe('syntax');
    expect(result.cases.every((c) => !c.passed)).toBe(true);
    expect(result.passed).toBe(false);
  });

  it('an unknown drill is a crash, not a throw', async () => {
    const result = await gradeCode('', 'no-such-drill', 1, tf);
    expect(result.run.error).toMatchObject({
      kind: 'crash',
      message: 'Unknown drill "no-such-drill"',
    });
    expect(result.passed).toBe(false);
  });
});
