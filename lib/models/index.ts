/**
 * Models the lessons need beyond the attention core (simulators, allocators, small networks).
 * Each is offered to learner code under its own name, like the attention functions.
 * One export line per model file.
 */
export {};
export * from './focusSession';
export * from './rocCurve';
export * from './allocateBudget';
export * from './softmaxBandit';
export * from './gru';
export * from './conv2dNchw';
export * from './attentionGate';
export * from './forwardAttention';
export * from './multiInterestAttention';
export * from './greedyDecode';
