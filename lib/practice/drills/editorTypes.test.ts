/**
 * A correct solution shows no red squiggle: every drill's solution type-checks against the
 * declarations the drill editor loads (tf and show, no lesson globals), with the editor's own
 * compiler options, as the learner's file would in Monaco.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostics } from '@/scripts/editor-types/attention.mjs';
import { globalsFiles, globalsPath } from '@/scripts/editor-types/globals.mjs';
import { collectTfjs } from '@/scripts/editor-types/tfjs.mjs';
import { diagnose } from '@/scripts/editor-types/verify.mjs';
import { drills, solutions } from './catalog';

const root = path.resolve(import.meta.dirname, '../../..');

describe('drill solutions in the drill editor', () => {
  it('type-check with no diagnostics, so a correct answer has no squiggle', () => {
    const config = JSON.parse(
      readFileSync(path.join(root, 'components/editor/compilerOptions.json'), 'utf8'),
    );
    const bundle = new Map<string, string>(Object.entries(collectTfjs(root).files));
    bundle.set(globalsPath, globalsFiles([], [])[globalsPath]);
    const files = drills.map((d) => `/drills/${d.id}.ts`);
    drills.forEach((d, i) => bundle.set(files[i], solutions[d.id]));
    const problems = diagnose(config, bundle, files);
    expect(formatDiagnostics(problems, '/')).toBe('');
  }, 120_000);
});
