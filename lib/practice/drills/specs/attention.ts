import type { Tensor } from '@tensorflow/tfjs-core';
import { attentionSteps, scaledDotProductAttention } from '@/lib/attention';
import { maskedSoftmax } from '@/lib/attention/masking';
import { boolInput, createRng, randomInput, randomMask, ref, sizes, type Rng } from './random';
import type { DrillCase, DrillSpec } from './types';

// q and k in [-2, 2] make the softmax peaked enough that a missing 1/sqrt(d) shows in the values.
function causalCase(rng: Rng, hidden: boolean, [B, L, S, d, dv]: number[]): DrillCase {
  return {
    name: sizes({ B, L, S, d, dv }),
    hidden,
    inputs: [
      randomInput(rng, 'q', [B, L, d], 2),
      randomInput(rng, 'k', [B, S, d], 2),
      randomInput(rng, 'v', [B, S, dv]),
    ],
    args: [ref('q'), ref('k'), ref('v')],
  };
}

export const causalAttention: DrillSpec = {
  cases: (rng) => {
    const fixed = createRng(11);
    const any = () => [rng.int(1, 3), rng.int(2, 6), rng.int(2, 6), rng.int(2, 5), rng.int(1, 4)];
    return [
      causalCase(fixed, false, [1, 3, 3, 2, 2]),
      causalCase(fixed, false, [2, 3, 4, 4, 3]),
      causalCase(rng, true, any()),
      causalCase(rng, true, any()),
      // One query and one key: the only weight is 1.
      causalCase(rng, true, [1, 1, 1, rng.int(1, 4), rng.int(1, 3)]),
      // More queries than keys: the last queries see every key.
      causalCase(rng, true, [rng.int(1, 2), rng.int(4, 6), rng.int(1, 3), rng.int(2, 4), 2]),
    ];
  },
  reference: (_tf, args) => {
    const [q, k, v] = args as Tensor[];
    return scaledDotProductAttention(q, k, v, { causal: true });
  },
};

function softmaxCase(rng: Rng, hidden: boolean, [B, L, S]: number[], scale = 3): DrillCase {
  return {
    name: scale > 3 ? `${sizes({ B, L, S })} |logits|<=${scale}` : sizes({ B, L, S }),
    hidden,
    inputs: [
      randomInput(rng, 'logits', [B, L, S], scale),
      boolInput('mask', [B, L, S], randomMask(rng, B * L, S)),
    ],
    args: [ref('logits'), ref('mask')],
  };
}

export const maskedSoftmaxDrill: DrillSpec = {
  cases: (rng) => {
    const fixed = createRng(12);
    const any = () => [rng.int(1, 3), rng.int(1, 5), rng.int(2, 7)];
    return [
      softmaxCase(fixed, false, [1, 2, 3]),
      softmaxCase(fixed, false, [2, 3, 4]),
      softmaxCase(rng, true, any()),
      softmaxCase(rng, true, any()),
      // One key per row: the mask must leave it open, and its weight is exactly 1.
      softmaxCase(rng, true, [rng.int(1, 2), rng.int(1, 3), 1]),
      // Logits in the hundreds overflow exp() unless the row maximum is subtracted first.
      softmaxCase(rng, true, any(), 800),
    ];
  },
  reference: (_tf, args) => {
    const [logits, mask] = args as Tensor[];
    return maskedSoftmax('maskedSoftmax', logits, mask, 'mask').weights;
  },
};

function stepsCase(rng: Rng, hidden: boolean, [L, S, d, dv]: number[]): DrillCase {
  return {
    name: sizes({ L, S, d, dv }),
    hidden,
    inputs: [
      randomInput(rng, 'q', [L, d], 2),
      randomInput(rng, 'k', [S, d], 2),
      randomInput(rng, 'v', [S, dv]),
      boolInput('mask', [L, S], randomMask(rng, L, S)),
    ],
    args: [ref('q'), ref('k'), ref('v'), ref('mask')],
  };
}

export const attentionStepsDrill: DrillSpec = {
  cases: (rng) => {
    const fixed = createRng(13);
    const any = () => [rng.int(1, 6), rng.int(2, 6), rng.int(2, 5), rng.int(1, 4)];
    return [
      stepsCase(fixed, false, [2, 3, 2, 2]),
      stepsCase(fixed, false, [3, 4, 4, 3]),
      stepsCase(rng, true, any()),
      stepsCase(rng, true, any()),
      stepsCase(rng, true, [1, 1, rng.int(1, 4), rng.int(1, 3)]),
    ];
  },
  reference: (_tf, args) => {
    const [q, k, v, mask] = args as Tensor[];
    return attentionSteps(q, k, v, { mask });
  },
};
