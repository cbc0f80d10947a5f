import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { filesFor, lessonGlobalsPath, parseEditorTypes } from './editorTypes';

describe('editor declarations', () => {
  it('leave the lesson globals out of a drill editor only', () => {
    const files = parseEditorTypes({
      files: { 'file:///sandbox/globals.d.ts': 'tf, show', [lessonGlobalsPath]: 'attention' },
    });
    expect(filesFor(files, 'lesson')).toEqual(files);
    expect(filesFor(files, 'drill').map((f) => f.filePath)).toEqual([
      'file:///sandbox/globals.d.ts',
    ]);
  });

  // The build script type-checks the bundle as the editor uses it: in both contexts, and the
  // hand-written `show` against lib/runtime/show.ts. It exits non-zero on any drift.
  it('type-check and match lib/runtime/show.ts', () => {
    const out = execFileSync('node', ['scripts/editor-types/build.mjs', '--check'], {
      encoding: 'utf8',
    });
    expect(out).toContain('match lib/runtime/show.ts');
    // The editor drops the file the build writes the lesson globals to.
    expect(out).toContain(`lesson globals in ${lessonGlobalsPath.replace('file://', '')}\n`);
  }, 120_000);
});
