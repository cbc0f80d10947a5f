/**
 * Public surface of the attention core (its contract: docs/attention-api.md).
 * Registers no backend: callers (lib/runtime, tests) choose one before calling.
 */
export { scaledDotProductAttention } from './scaledDotProductAttention';
export { attentionSteps, type AttentionOptions, type AttentionSteps } from './attentionSteps';
export {
  multiHeadAttention,
  type MultiHeadAttentionParams,
  type MultiHeadAttentionOptions,
} from './multiHeadAttention';
export { additiveAttention, type AdditiveAttentionParams } from './additiveAttention';
export { lstm, type LstmParams } from './lstm';
export { attentionPooling, type AttentionPoolingParams } from './attentionPooling';
export { spatialAttention, type SpatialAttentionParams } from './spatialAttention';
export { channelAttention, type ChannelAttentionParams } from './channelAttention';
export {
  biDirectionalAttention,
  type BiDirectionalAttentionParams,
  type BiDirectionalAttentionResult,
} from './biDirectionalAttention';
export { graphAttention, type GraphAttentionParams } from './graphAttention';
export { classificationMetrics, type ClassificationMetrics } from './classificationMetrics';
// Part 2: modern attention and a trainable block.
export { attentionMask, type AttentionMaskOptions, type MaskAlignment } from './attentionMask';
export { rotaryEmbedding, type RotaryEmbeddingOptions } from './rotaryEmbedding';
export { groupedQueryAttention, type GroupedQueryAttentionOptions } from './groupedQueryAttention';
export { flashAttention, type FlashAttentionOptions } from './flashAttention';
export { linearAttention, type LinearAttentionOptions } from './linearAttention';
export {
  transformerBlock,
  type TransformerBlockParams,
  type TransformerBlockOptions,
} from './transformerBlock';
