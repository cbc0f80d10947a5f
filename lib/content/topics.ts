/** The fixed list of topics a question may carry; labels live in the messages module. */
export const topics = [
  'foundations',
  'self-attention',
  'multi-head',
  'additive',
  'vision',
  'nlp',
  'speech-audio',
  'video',
  'graphs',
  'recommendation',
  'evaluation',
  'resource-allocation',
  'applications',
  'modern-llm',
] as const;

export type Topic = (typeof topics)[number];

export const difficulties = [1, 2, 3] as const;
export type Difficulty = (typeof difficulties)[number];
