import type { Tensor } from '@tensorflow/tfjs-core';
import {
  channelAttention,
  spatialAttention,
  type ChannelAttentionParams,
  type SpatialAttentionParams,
} from '@/lib/attention';
import { createRng, params, randomInput, ref, sizes, type Rng } from './random';
import type { DrillCase, DrillSpec } from './types';

function spatialCase(rng: Rng, hidden: boolean, [N, C, H, W, k]: number[]): DrillCase {
  return {
    name: sizes({ N, C, H, W, k }),
    hidden,
    inputs: [
      randomInput(rng, 'x', [N, C, H, W]),
      randomInput(rng, 'weight', [1, 2, k, k]),
      randomInput(rng, 'bias', [1], 0.5),
    ],
    args: [ref('x'), params('weight', 'bias')],
  };
}

export const spatialAttentionDrill: DrillSpec = {
  cases: (rng) => {
    const fixed = createRng(41);
    const k = () => rng.pick([1, 3, 5]);
    const any = () => [rng.int(1, 2), rng.int(1, 4), rng.int(2, 6), rng.int(2, 6), k()];
    return [
      spatialCase(fixed, false, [1, 2, 3, 3, 3]),
      spatialCase(fixed, false, [2, 3, 4, 5, 3]),
      spatialCase(rng, true, any()),
      spatialCase(rng, true, any()),
      // One pixel and one channel: the kernel overhangs the image on every side.
      spatialCase(rng, true, [1, 1, 1, 1, 3]),
      spatialCase(rng, true, [1, rng.int(2, 3), rng.int(2, 4), rng.int(2, 4), 7]),
    ];
  },
  reference: (_tf, args) => {
    const [x, weights] = args as [Tensor, SpatialAttentionParams];
    return spatialAttention(x, weights, { kernelSize: weights.weight.shape[2] ?? 1 });
  },
};

function channelCase(rng: Rng, hidden: boolean, [N, C, H, W, R]: number[]): DrillCase {
  return {
    name: sizes({ N, C, H, W, 'C/r': R }),
    hidden,
    inputs: [
      randomInput(rng, 'x', [N, C, H, W], 2),
      randomInput(rng, 'fc1Weight', [R, C]),
      randomInput(rng, 'fc1Bias', [R], 0.5),
      randomInput(rng, 'fc2Weight', [C, R], 2),
      randomInput(rng, 'fc2Bias', [C], 0.5),
    ],
    args: [ref('x'), params('fc1Weight', 'fc1Bias', 'fc2Weight', 'fc2Bias')],
  };
}

export const channelAttentionDrill: DrillSpec = {
  cases: (rng) => {
    const fixed = createRng(42);
    const any = () => [rng.int(1, 3), rng.int(2, 6), rng.int(1, 4), rng.int(1, 4), rng.int(1, 3)];
    return [
      channelCase(fixed, false, [1, 4, 2, 2, 2]),
      channelCase(fixed, false, [2, 3, 3, 2, 1]),
      channelCase(rng, true, any()),
      channelCase(rng, true, any()),
      channelCase(rng, true, [1, 1, 1, 1, 1]),
    ];
  },
  reference: (_tf, args) => {
    const [x, weights] = args as [Tensor, ChannelAttentionParams];
    return channelAttention(x, weights);
  },
};
