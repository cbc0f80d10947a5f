import { labProblem, type LabProblem } from './problems';
import { taskNames, type TaskName } from './tasks';

export const positionKinds = ['none', 'sinusoidal', 'learned', 'rope'] as const;
export type PositionKind = (typeof positionKinds)[number];

/** Everything that defines a lab run: the task, the model and the optimiser. */
export interface LabConfig {
  task: TaskName;
  length: number;
  vocab: number;
  seed: number;
  positions: PositionKind;
  layers: number;
  heads: number;
  width: number;
  norm: 'pre' | 'post';
  causal: boolean;
  attentionOnly: boolean;
  lr: number;
  batch: number;
}

type Field =
  | { kind: 'int'; min: number; max: number }
  | { kind: 'number'; min: number; max: number }
  | { kind: 'choice'; choices: readonly string[] }
  | { kind: 'flag' };

/**
 * The allowed value of every setting: one table for the form, the URL and the worker, written
 * by hand (no schema library) so the page's first load stays small.
 */
export const configFields: Record<keyof LabConfig, Field> = {
  task: { kind: 'choice', choices: taskNames },
  length: { kind: 'int', min: 3, max: 16 },
  vocab: { kind: 'int', min: 2, max: 32 },
  seed: { kind: 'int', min: 0, max: 2 ** 31 - 1 },
  positions: { kind: 'choice', choices: positionKinds },
  layers: { kind: 'int', min: 1, max: 4 },
  heads: { kind: 'int', min: 1, max: 8 },
  width: { kind: 'int', min: 16, max: 128 },
  norm: { kind: 'choice', choices: ['pre', 'post'] },
  causal: { kind: 'flag' },
  attentionOnly: { kind: 'flag' },
  lr: { kind: 'number', min: 1e-5, max: 0.1 },
  batch: { kind: 'int', min: 1, max: 256 },
};

export const defaultConfig: LabConfig = {
  task: 'reverse',
  length: 6,
  vocab: 8,
  seed: 1,
  positions: 'learned',
  layers: 1,
  heads: 2,
  width: 32,
  norm: 'pre',
  causal: false,
  attentionOnly: false,
  lr: 0.01,
  batch: 32,
};

function fieldOk(field: Field, value: unknown): boolean {
  switch (field.kind) {
    case 'flag':
      return typeof value === 'boolean';
    case 'choice':
      return typeof value === 'string' && field.choices.includes(value);
    default:
      return (
        typeof value === 'number' &&
        Number.isFinite(value) &&
        (field.kind === 'number' || Number.isInteger(value)) &&
        value >= field.min &&
        value <= field.max
      );
  }
}

/** What is wrong with a config, as codes the page words (empty when it is fine). */
export function configProblems(config: unknown): LabProblem[] {
  if (typeof config !== 'object' || config === null) return [labProblem('lab.problem.missing')];
  const c = config as Record<string, unknown>;
  const problems: LabProblem[] = [];
  for (const [key, field] of Object.entries(configFields)) {
    if (!fieldOk(field, c[key])) {
      const value = JSON.stringify(c[key]) ?? 'undefined';
      problems.push(labProblem('lab.problem.field', { field: key, value }));
    }
  }
  if (problems.length > 0) return problems;
  const ok = c as unknown as LabConfig;
  const sizes = { width: ok.width, heads: ok.heads };
  if (ok.width % ok.heads !== 0) {
    problems.push(labProblem('lab.problem.headsDivide', sizes));
  } else if (ok.positions === 'rope' && (ok.width / ok.heads) % 2 !== 0) {
    problems.push(labProblem('lab.problem.ropeOdd', sizes));
  }
  if (ok.task === 'recall' && ok.length % 2 === 0) {
    problems.push(labProblem('lab.problem.recallOdd'));
  }
  return problems;
}

// Short URL keys, so a shared link stays readable.
const urlKeys: Record<keyof LabConfig, string> = {
  task: 't',
  length: 'n',
  vocab: 'v',
  seed: 's',
  positions: 'p',
  layers: 'l',
  heads: 'h',
  width: 'w',
  norm: 'ln',
  causal: 'c',
  attentionOnly: 'ao',
  lr: 'lr',
  batch: 'b',
};

/** The settings that differ from the defaults, as URL search parameters. */
export function configToSearch(config: LabConfig): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(urlKeys) as (keyof LabConfig)[]) {
    const value = config[key];
    if (value === defaultConfig[key]) continue;
    params.set(urlKeys[key], typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
  }
  return params.toString();
}

/**
 * Settings from a URL: each valid parameter overrides the default; an invalid one is dropped
 * and named in `ignored`, so a bad link still opens the lab. A combination that cannot work
 * (heads not dividing the width) falls back to the defaults and is reported too.
 */
export function configFromSearch(search: string): { config: LabConfig; ignored: string[] } {
  const params = new URLSearchParams(search);
  const config: Record<string, unknown> = { ...defaultConfig };
  const ignored: string[] = [];
  for (const key of Object.keys(urlKeys) as (keyof LabConfig)[]) {
    const raw = params.get(urlKeys[key]);
    if (raw === null) continue;
    const field = configFields[key];
    const value =
      field.kind === 'flag'
        ? raw === '1'
          ? true
          : raw === '0'
            ? false
            : null
        : field.kind === 'choice'
          ? raw
          : raw.trim() === ''
            ? NaN
            : Number(raw);
    if (fieldOk(field, value)) config[key] = value;
    else ignored.push(urlKeys[key]);
  }
  if (configProblems(config).length > 0) {
    return { config: defaultConfig, ignored: Object.keys(Object.fromEntries(params)) };
  }
  return { config: config as unknown as LabConfig, ignored };
}
