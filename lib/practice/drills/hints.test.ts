import { describe, expect, it } from 'vitest';
import { drillHints } from './hints';
import { drills, solutions } from './catalog';

describe('drill hints', () => {
  it('exist for every drill, and only for drills', () => {
    expect(Object.keys(drillHints).sort()).toEqual(drills.map((d) => d.id).sort());
  });

  it.each(drills.map((d) => d.id))('%s: the key line is a line of its solution', (id) => {
    const lines = solutions[id].split('\n').map((line) => line.trim());
    expect(lines).toContain(drillHints[id].keyLine.code);
  });

  it.each(drills.map((d) => d.id))('%s: has every text in English and Chinese', (id) => {
    const { nudge, keyLine } = drillHints[id];
    for (const text of [nudge, keyLine.why]) {
      expect(text.en.length).toBeGreaterThan(20);
      expect(text.zh).toMatch(/\p{Script=Han}/u);
      // The nudge must not give the key line away.
      expect(text.en).not.toContain(keyLine.code);
    }
  });
});
