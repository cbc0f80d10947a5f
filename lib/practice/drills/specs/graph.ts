import type { Tensor } from '@tensorflow/tfjs-core';
import { graphAttention, type GraphAttentionParams } from '@/lib/attention';
import { boolInput, createRng, params, randomInput, ref, sizes, type Rng } from './random';
import type { DrillCase, DrillSpec } from './types';

/** Random edges, each node listening to at least one node (itself, when it drew none). */
function randomAdjacency(rng: Rng, N: number): number[] {
  const flags: number[] = [];
  for (let i = 0; i < N; i++) {
    const row = Array.from({ length: N }, () => (rng.next() < 0.4 ? 1 : 0));
    if (!row.includes(1)) row[i] = 1;
    flags.push(...row);
  }
  return flags;
}

function graphCase(rng: Rng, hidden: boolean, [N, F, Fo]: number[], edges?: number[]): DrillCase {
  return {
    name: sizes({ N, F, "F'": Fo }),
    hidden,
    inputs: [
      randomInput(rng, 'h', [N, F]),
      boolInput('adjacency', [N, N], edges ?? randomAdjacency(rng, N)),
      randomInput(rng, 'weight', [Fo, F]),
      randomInput(rng, 'attSrc', [Fo], 2),
      randomInput(rng, 'attDst', [Fo], 2),
    ],
    args: [ref('h'), ref('adjacency'), params('weight', 'attSrc', 'attDst')],
  };
}

export const graphAttentionDrill: DrillSpec = {
  cases: (rng) => {
    const fixed = createRng(51);
    const any = () => [rng.int(2, 7), rng.int(1, 4), rng.int(1, 4)];
    // A path 0 - 1 - 2 with self-loops: node 0 and node 2 listen to two nodes, node 1 to three.
    const path = [1, 1, 0, 1, 1, 1, 0, 1, 1];
    return [
      graphCase(fixed, false, [3, 2, 2], path),
      graphCase(fixed, false, [4, 3, 2]),
      graphCase(rng, true, any()),
      graphCase(rng, true, any()),
      // A single node that listens only to itself.
      graphCase(rng, true, [1, rng.int(1, 3), rng.int(1, 3)], [1]),
      // Node 0 listens to node 1 only, and node 1 to node 0 only: each weight is exactly 1.
      graphCase(rng, true, [2, rng.int(1, 3), rng.int(1, 3)], [0, 1, 1, 0]),
    ];
  },
  reference: (_tf, args) => {
    const [h, adjacency, weights] = args as [Tensor, Tensor, GraphAttentionParams];
    return graphAttention(h, adjacency, weights);
  },
};
