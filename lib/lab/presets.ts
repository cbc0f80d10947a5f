import { defaultConfig, type LabConfig } from './config';

export const presetIds = [
  'reverse',
  'noPositions',
  'induction1',
  'induction2',
  'causal',
  'heads',
] as const;
export type PresetId = (typeof presetIds)[number];

const reverse: LabConfig = {
  ...defaultConfig,
  task: 'reverse',
  length: 6,
  vocab: 8,
  layers: 1,
  heads: 1,
  width: 16,
  positions: 'learned',
  attentionOnly: true,
  batch: 16,
  lr: 0.01,
};
const recall: LabConfig = {
  ...defaultConfig,
  task: 'recall',
  length: 9,
  vocab: 8,
  heads: 2,
  width: 32,
  causal: true,
  attentionOnly: true,
  batch: 64,
  lr: 0.005,
};

/** Each preset teaches one thing; its text is in the messages (lab.preset.<id>.*). */
export const presets: Record<PresetId, LabConfig> = {
  reverse,
  noPositions: { ...reverse, positions: 'none' },
  induction1: { ...recall, layers: 1 },
  induction2: { ...recall, layers: 2 },
  causal: { ...reverse, causal: true },
  heads: { ...defaultConfig, task: 'copy', heads: 4, width: 32, attentionOnly: true, batch: 16 },
};
