import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as attention from '@/lib/attention';
import { transpile } from '@/lib/runtime/transpile';
import { drillById, drills } from './catalog';
import { drillSpecs } from './cases';
import { solutions } from './solutions';

const questionSlugs = readdirSync(path.resolve(__dirname, '../../../content/questions')).map(
  (file) =>
    readFileSync(path.resolve(__dirname, '../../../content/questions', file), 'utf8').match(
      /^slug:\s*(\S+)/m,
    )?.[1],
);

describe('drill catalog', () => {
  it('has unique ids, each with cases, a reference and a solution', () => {
    const ids = drills.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(drillSpecs).sort()).toEqual([...ids].sort());
    expect(Object.keys(solutions).sort()).toEqual([...ids].sort());
    expect(drillById('causal-attention')?.functionName).toBe('causalAttention');
    expect(drillById('nope')).toBeUndefined();
  });

  it('uses every function of lib/attention as the reference of some drill', () => {
    const specs = readdirSync(path.resolve(__dirname, 'specs'))
      .map((file) => readFileSync(path.resolve(__dirname, 'specs', file), 'utf8'))
      .join('\n');
    for (const name of Object.keys(attention)) {
      expect(specs, `no drill uses ${name}`).toMatch(new RegExp(`\\b${name}\\(`));
    }
  });

  it.each(drills.map((d) => [d.id, d] as const))('%s is complete and consistent', (_id, drill) => {
    expect(questionSlugs).toContain(drill.questionSlug);
    for (const text of [drill.title, drill.prompt]) {
      expect(text.en.length).toBeGreaterThan(5);
      expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(drill.prompt.en).toContain(drill.functionName);
    expect(drill.prompt.zh).toContain(drill.functionName);
    expect(drill.starter).toMatch(new RegExp(`^function ${drill.functionName}\\(`));
    expect(drill.starter).toContain('TODO');
    expect(() => transpile(drill.starter)).not.toThrow();
    expect(solutions[drill.id]).toMatch(new RegExp(`^function ${drill.functionName}\\(`, 'm'));
    expect([1, 2, 3]).toContain(drill.difficulty);
  });
});
