import type { Tensor } from '@tensorflow/tfjs-core';
import {
  attentionPooling,
  biDirectionalAttention,
  lstm,
  type AttentionPoolingParams,
  type BiDirectionalAttentionParams,
  type LstmParams,
} from '@/lib/attention';
import { boolInput, createRng, params, randomInput, ref, sizes, type Rng } from './random';
import type { DrillCase, DrillSpec } from './types';

/** Padding at the end of each sequence, as a batch of different lengths has: true = padding. */
function paddingMask(lengths: number[], T: number): number[] {
  return lengths.flatMap((n) => Array.from({ length: T }, (_, t) => (t >= n ? 1 : 0)));
}

function poolingCase(
  rng: Rng,
  hidden: boolean,
  [B, T, H]: number[],
  lengths?: number[],
): DrillCase {
  const valid = lengths ?? Array.from({ length: B }, () => rng.int(1, T));
  return {
    name: sizes({ B, T, H }),
    hidden,
    inputs: [
      randomInput(rng, 'hidden', [B, T, H]),
      boolInput('mask', [B, T], paddingMask(valid, T)),
      randomInput(rng, 'weight', [1, H], 2),
      randomInput(rng, 'bias', [1]),
    ],
    args: [ref('hidden'), ref('mask'), params('weight', 'bias')],
  };
}

export const attentionPoolingDrill: DrillSpec = {
  cases: (rng) => {
    const fixed = createRng(31);
    const any = () => [rng.int(1, 3), rng.int(2, 7), rng.int(1, 5)];
    return [
      poolingCase(fixed, false, [1, 4, 2], [4]),
      poolingCase(fixed, false, [2, 4, 3], [4, 2]),
      poolingCase(rng, true, any()),
      poolingCase(rng, true, any()),
      // A row whose padding leaves a single step: all its weight goes there.
      poolingCase(rng, true, [2, 5, rng.int(1, 4)], [5, 1]),
      poolingCase(rng, true, [1, 1, rng.int(1, 4)], [1]),
    ];
  },
  reference: (_tf, args) => {
    const [hidden, mask, weights] = args as [Tensor, Tensor, AttentionPoolingParams];
    return attentionPooling(hidden, weights, { mask });
  },
};

function bidafCase(rng: Rng, hidden: boolean, [B, T, J, d]: number[]): DrillCase {
  return {
    name: sizes({ B, T, J, d }),
    hidden,
    inputs: [
      randomInput(rng, 'context', [B, T, d]),
      randomInput(rng, 'query', [B, J, d]),
      randomInput(rng, 'weight', [3 * d], 2),
    ],
    args: [ref('context'), ref('query'), params('weight')],
  };
}

export const biDirectionalAttentionDrill: DrillSpec = {
  cases: (rng) => {
    const fixed = createRng(32);
    const any = () => [rng.int(1, 3), rng.int(2, 6), rng.int(2, 5), rng.int(1, 4)];
    return [
      bidafCase(fixed, false, [1, 3, 2, 2]),
      bidafCase(fixed, false, [2, 4, 3, 3]),
      bidafCase(rng, true, any()),
      bidafCase(rng, true, any()),
      bidafCase(rng, true, [1, 1, 1, rng.int(1, 3)]),
    ];
  },
  reference: (_tf, args) => {
    const [context, query, weights] = args as [Tensor, Tensor, BiDirectionalAttentionParams];
    const all = biDirectionalAttention(context, query, weights);
    // The drill asks for three of the six results; the others are freed here.
    for (const name of ['c2qWeights', 'q2cWeights', 'g'] as const) all[name].dispose();
    return { similarity: all.similarity, c2q: all.c2q, q2c: all.q2c };
  },
};

const lstmWeights = ['weightIh', 'weightHh', 'biasIh', 'biasHh'];

function lstmCase(rng: Rng, hidden: boolean, [B, T, I, H]: number[]): DrillCase {
  return {
    name: sizes({ B, T, I, H }),
    hidden,
    inputs: [
      randomInput(rng, 'x', [B, T, I]),
      randomInput(rng, 'weightIh', [4 * H, I]),
      randomInput(rng, 'weightHh', [4 * H, H]),
      randomInput(rng, 'biasIh', [4 * H], 0.5),
      randomInput(rng, 'biasHh', [4 * H], 0.5),
    ],
    args: [ref('x'), params(...lstmWeights)],
  };
}

export const lstmDrill: DrillSpec = {
  cases: (rng) => {
    const fixed = createRng(33);
    const any = () => [rng.int(1, 3), rng.int(2, 6), rng.int(1, 4), rng.int(1, 4)];
    return [
      lstmCase(fixed, false, [1, 3, 2, 2]),
      lstmCase(fixed, false, [2, 4, 3, 2]),
      lstmCase(rng, true, any()),
      lstmCase(rng, true, any()),
      // One time step: h and c are the first step's state.
      lstmCase(rng, true, [1, 1, rng.int(1, 3), rng.int(1, 3)]),
    ];
  },
  reference: (_tf, args) => {
    const [x, weights] = args as [Tensor, LstmParams];
    return lstm(x, weights);
  },
};
