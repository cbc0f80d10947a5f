import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadQuestions, questionsDir } from '@/lib/content/questions';
import type { Bug } from '@/lib/content/schema';
import { executeCode } from '@/lib/runtime/execute';
import { sandboxGlobals } from '@/lib/runtime/sandboxGlobals';
import { bugChecks } from './bugChecks';

// Spot-the-bug must be honest: the lines it marks wrong are the lines the fix changes, the fix
// shows what its explanation promises while the bug does not, and no one kind of mistake recurs
// so often that learners find it by habit (an unused mask variable, say) instead of by reading.

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const english = loadQuestions();
const chinese = loadQuestions(questionsDir('zh'));

/** 1-based lines of `before` that a longest-common-subsequence diff against `after` changes. */
function changedLines(before: string, after: string): number[] {
  const a = before.replace(/\n$/, '').split('\n');
  const b = after.replace(/\n$/, '').split('\n');
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const changed: number[] = [];
  let [i, j] = [0, 0];
  while (i < a.length) {
    if (j < b.length && a[i] === b[j]) [i, j] = [i + 1, j + 1];
    else if (j < b.length && lcs[i][j + 1] >= lcs[i + 1][j]) j++;
    else changed.push(++i);
  }
  return changed;
}

describe('changedLines', () => {
  it('finds a changed, a removed and no line', () => {
    expect(changedLines('a\nb\nc\n', 'a\nB\nc\n')).toEqual([2]);
    expect(changedLines('a\nb\nc', 'a\nc')).toEqual([2]);
    expect(changedLines('a\nb', 'a\nb')).toEqual([]);
  });
});

// Bugs without a check of their own: their pictures come from seeded random tensors, so a check
// would have to recompute the snippet (content/demos.test.ts still requires the buggy picture to
// differ). This list may only shrink: a new bug comes with its check in content/bugChecks.ts.
const withoutCheck = new Set([
  'self-attention:scale-by-model-width',
  'multi-head-attention:scale-by-d-model',
  'multi-head-attention:heads-without-transpose',
  'attention-in-question-answering:reshape-not-transpose',
]);

const keyOf = (slug: string, bug: Bug) => `${slug}:${bug.id}`;
const allBugs = english.flatMap((q) => q.bugs.map((bug) => ({ slug: q.slug, bug })));

describe.each([
  ['English', english],
  ['Chinese', chinese],
] as const)('%s spot-the-bug', (_edition, questions) => {
  const bugs = questions.flatMap((q) => q.bugs.map((bug) => [keyOf(q.slug, bug), bug] as const));

  it.each(bugs)('%s marks exactly the lines the fix changes', (_key, bug) => {
    const changed = changedLines(bug.buggy, bug.fixed);
    expect(changed.length, 'the fix changes nothing').toBeGreaterThan(0);
    expect([...bug.lines].sort((a, b) => a - b)).toEqual(changed);
  });

  it.each(bugs.filter(([key]) => key in bugChecks))(
    '%s: the fixed code passes its check and the buggy code fails it',
    async (key, bug) => {
      const check = bugChecks[key];
      const fixed = await executeCode(bug.fixed, tf, sandboxGlobals);
      expect(fixed.error, fixed.error?.message).toBeUndefined();
      check(fixed);
      const buggy = await executeCode(bug.buggy, tf, sandboxGlobals);
      expect(() => {
        if (buggy.error) throw buggy.error;
        check(buggy);
      }, 'the buggy code passes the check its fix is meant to restore').toThrow();
    },
  );
});

describe('the bank of bugs', () => {
  it('repeats no family of mistake more than twice', () => {
    const pagesByFamily = new Map<string, string[]>();
    for (const { slug, bug } of allBugs) {
      pagesByFamily.set(bug.family, [...(pagesByFamily.get(bug.family) ?? []), slug]);
    }
    const repeated = [...pagesByFamily].filter(([, pages]) => pages.length > 2);
    expect(repeated).toEqual([]);
  });

  it('tags each Chinese twin with the same family', () => {
    const zh = new Map(chinese.flatMap((q) => q.bugs.map((b) => [keyOf(q.slug, b), b.family])));
    for (const { slug, bug } of allBugs) expect(zh.get(keyOf(slug, bug))).toBe(bug.family);
  });

  it('has a check for every bug outside the shrinking list of older ones', () => {
    const unchecked = allBugs
      .map(({ slug, bug }) => keyOf(slug, bug))
      .filter((k) => !(k in bugChecks));
    expect(new Set(unchecked)).toEqual(withoutCheck);
    for (const key of Object.keys(bugChecks)) {
      expect(
        allBugs.some(({ slug, bug }) => keyOf(slug, bug) === key),
        `${key}: no such bug`,
      ).toBe(true);
    }
  });
});
