import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as attention from '@/lib/attention';
import { transpile } from '@/lib/runtime/transpile';
import { drillById, drills, signatureOf, solutions } from './catalog';

const questionSlugs = readdirSync(path.resolve(__dirname, '../../../content/questions')).map(
  (file) =>
    readFileSync(path.resolve(__dirname, '../../../content/questions', file), 'utf8').match(
      /^slug:\s*(\S+)/m,
    )?.[1],
);

describe('signatureOf', () => {
  it('ends at the brace that opens the body, past object return types', () => {
    const solution = `function f(\n  a: { x: number },\n): {\n  y: number;\n} {\n  return { y: a.x };\n}\n`;
    expect(signatureOf(solution)).toEqual({
      functionName: 'f',
      signature: 'function f(\n  a: { x: number },\n): {\n  y: number;\n} {',
    });
    expect(signatureOf('function g(a: number): number {\n  return a;\n}').signature).toBe(
      'function g(a: number): number {',
    );
    expect(signatureOf('function h() {\n}').signature).toBe('function h() {');
  });
});

// Part-2 functions of lib/attention (issue 19) still without a drill. This list may only shrink:
// issue 19 asks for drills on RoPE, the decode step and the online softmax (flashAttention), which
// exist; these three have none planned yet.
const awaitingDrill = new Set(['groupedQueryAttention', 'linearAttention', 'transformerBlock']);

describe('drill catalog', () => {
  it('has unique ids, each with cases, a reference and a solution', () => {
    const ids = drills.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const drill of drills) {
      expect(typeof drill.cases).toBe('function');
      expect(typeof drill.reference).toBe('function');
    }
    expect(Object.keys(solutions).sort()).toEqual([...ids].sort());
    expect(drillById('causal-attention')?.functionName).toBe('causalAttention');
    expect(drillById('nope')).toBeUndefined();
  });

  it('uses every function of lib/attention as the reference of some drill', () => {
    const drillFiles = readdirSync(__dirname)
      .filter((file) => /^[a-z][A-Za-z0-9]*\.ts$/.test(file) && !file.includes('.test.'))
      .map((file) => readFileSync(path.resolve(__dirname, file), 'utf8'))
      .join('\n');
    const used = (name: string) => new RegExp(`\\bcore\\.${name}\\(`).test(drillFiles);
    for (const name of Object.keys(attention)) {
      if (awaitingDrill.has(name)) continue;
      expect(used(name), `no drill uses ${name}`).toBe(true);
    }
    // A function that gets its drill leaves the list, so the list only shrinks.
    for (const name of awaitingDrill) {
      expect(Object.keys(attention), `${name} is not in lib/attention`).toContain(name);
      expect(used(name), `${name} has a drill now: take it off awaitingDrill`).toBe(false);
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
    // The starter is the solution's signature over a TODO body.
    expect(drill.solution.startsWith(drill.starter.split('\n  // TODO')[0])).toBe(true);
    expect([1, 2, 3]).toContain(drill.difficulty);
  });
});
