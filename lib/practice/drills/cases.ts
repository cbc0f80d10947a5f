/**
 * The worker's half of the drills: for each drill id, the cases it is graded on and the reference
 * that gives the expected results (lib/attention, the tested core, so the expected values never
 * depend on the learner's code). The page never imports this file: it pulls in tfjs.
 */
import { attentionStepsDrill, causalAttention, maskedSoftmaxDrill } from './specs/attention';
import { graphAttentionDrill } from './specs/graph';
import { additiveAttentionDrill, multiHeadAttentionDrill } from './specs/heads';
import { metricsDrill } from './specs/metrics';
import { createRng } from './specs/random';
import { attentionPoolingDrill, biDirectionalAttentionDrill, lstmDrill } from './specs/sequence';
import type { DrillCase, DrillSpec } from './specs/types';
import { channelAttentionDrill, spatialAttentionDrill } from './specs/vision';

export type { CaseArg, CaseInput, DrillCase, DrillOutputs, DrillSpec } from './specs/types';
export { createRng, type Rng } from './specs/random';

export const drillSpecs: Readonly<Record<string, DrillSpec>> = {
  'causal-attention': causalAttention,
  'masked-softmax': maskedSoftmaxDrill,
  'attention-steps': attentionStepsDrill,
  'multi-head-attention': multiHeadAttentionDrill,
  'additive-attention': additiveAttentionDrill,
  'attention-pooling': attentionPoolingDrill,
  'spatial-attention': spatialAttentionDrill,
  'channel-attention': channelAttentionDrill,
  'bidirectional-attention': biDirectionalAttentionDrill,
  'graph-attention': graphAttentionDrill,
  'f1-and-auc': metricsDrill,
  lstm: lstmDrill,
};

/**
 * The cases for one submission: the visible ones are always the same, the hidden ones follow
 * `seed` (the UI passes Date.now()), so a solution fitted to one set of hidden cases meets others.
 */
export function drillCases(drillId: string, seed: number): DrillCase[] {
  const spec = drillSpecs[drillId];
  if (!spec) throw new Error(`Unknown drill "${drillId}"`);
  return spec.cases(createRng(seed));
}
