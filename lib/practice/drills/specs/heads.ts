import type { Tensor } from '@tensorflow/tfjs-core';
import {
  additiveAttention,
  multiHeadAttention,
  type AdditiveAttentionParams,
  type MultiHeadAttentionParams,
} from '@/lib/attention';
import { createRng, params, randomInput, ref, sizes, value, type Rng } from './random';
import type { DrillCase, DrillSpec } from './types';

const inProjection = ['inProjWeight', 'inProjBias', 'outProjWeight', 'outProjBias'];

function multiHeadCase(rng: Rng, hidden: boolean, [B, L, S, H, headDim]: number[]): DrillCase {
  const E = H * headDim;
  return {
    name: sizes({ B, L, S, E, H }),
    hidden,
    inputs: [
      randomInput(rng, 'query', [B, L, E]),
      randomInput(rng, 'key', [B, S, E]),
      randomInput(rng, 'value', [B, S, E]),
      randomInput(rng, 'inProjWeight', [3 * E, E]),
      randomInput(rng, 'inProjBias', [3 * E], 0.2),
      randomInput(rng, 'outProjWeight', [E, E]),
      randomInput(rng, 'outProjBias', [E], 0.2),
    ],
    args: [ref('query'), ref('key'), ref('value'), params(...inProjection), value(H)],
  };
}

export const multiHeadAttentionDrill: DrillSpec = {
  cases: (rng) => {
    const fixed = createRng(21);
    const any = () => [rng.int(1, 2), rng.int(2, 5), rng.int(2, 5), rng.int(2, 3), rng.int(1, 3)];
    return [
      multiHeadCase(fixed, false, [1, 3, 3, 2, 2]),
      multiHeadCase(fixed, false, [2, 2, 4, 2, 3]),
      multiHeadCase(rng, true, any()),
      multiHeadCase(rng, true, any()),
      // One head of width one, one query, one key.
      multiHeadCase(rng, true, [1, 1, 1, 1, 1]),
      // As many heads as features: every head is one number wide.
      multiHeadCase(rng, true, [rng.int(1, 2), rng.int(1, 3), rng.int(2, 4), 4, 1]),
    ];
  },
  reference: (_tf, args) => {
    const [query, key, value, weights, numHeads] = args as [
      Tensor,
      Tensor,
      Tensor,
      MultiHeadAttentionParams,
      number,
    ];
    return multiHeadAttention(query, key, value, weights, { numHeads });
  },
};

function additiveCase(rng: Rng, hidden: boolean, [B, L, S, dq, dk, dv, h]: number[]): DrillCase {
  return {
    name: sizes({ B, L, S, dq, dk, dv, h }),
    hidden,
    inputs: [
      randomInput(rng, 'query', [B, L, dq]),
      randomInput(rng, 'keys', [B, S, dk]),
      randomInput(rng, 'values', [B, S, dv]),
      randomInput(rng, 'wq', [h, dq]),
      randomInput(rng, 'wk', [h, dk]),
      randomInput(rng, 'v', [h], 2),
    ],
    args: [ref('query'), ref('keys'), ref('values'), params('wq', 'wk', 'v')],
  };
}

export const additiveAttentionDrill: DrillSpec = {
  cases: (rng) => {
    const fixed = createRng(22);
    const d = () => rng.int(1, 4);
    const any = () => [rng.int(1, 3), rng.int(2, 5), rng.int(2, 6), d(), d(), d(), d()];
    return [
      additiveCase(fixed, false, [1, 2, 3, 2, 2, 2, 3]),
      additiveCase(fixed, false, [2, 3, 4, 3, 2, 2, 4]),
      additiveCase(rng, true, any()),
      additiveCase(rng, true, any()),
      additiveCase(rng, true, [1, 1, 1, d(), d(), d(), d()]),
      additiveCase(rng, true, [rng.int(1, 2), 1, rng.int(3, 6), d(), d(), 1, 1]),
    ];
  },
  reference: (_tf, args) => {
    const [query, keys, values, weights] = args as [
      Tensor,
      Tensor,
      Tensor,
      AdditiveAttentionParams,
    ];
    return additiveAttention(query, keys, values, weights);
  },
};
