import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { runnableBlocks } from '@/lib/content/mdx/extractRunnable';
import { loadQuestions, questionsDir } from '@/lib/content/questions';
import { executeCode } from '@/lib/runtime/execute';
import '@/lib/runtime/gradients';
import { sandboxGlobals } from '@/lib/runtime/sandboxGlobals';
import type { DemoResults } from './checks/helpers';

// Every page's live demos and spot-the-bug snippets, run the way the page runs them (the same
// executeCode the worker uses), on the cpu backend; then the page's own check of what they show.
const checks = import.meta.glob<{ default: (results: DemoResults) => void }>('./checks/*.ts', {
  eager: true,
});

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const run = (code: string) => executeCode(code, tf, sandboxGlobals);

// Both editions: the Chinese twins run the same demos and must pass the same checks.
const pages = [
  ...loadQuestions().map((q) => [`${q.id}. ${q.slug}`, q] as const),
  ...loadQuestions(questionsDir('zh')).map((q) => [`zh ${q.id}. ${q.slug}`, q] as const),
].filter(([, q]) => !q.draft);

describe.each(pages)('%s', (_name, question) => {
  const blocks = runnableBlocks(question.body);

  it('has at least one live demo, and each runs without error or NaN', async () => {
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      const result = await run(block.code);
      expect(result.error, `demo at line ${block.line}: ${result.error?.message}`).toBeUndefined();
      expect(result.displays.length, `demo at line ${block.line} shows nothing`).toBeGreaterThan(0);
      expect(result.leakedTensors, `demo at line ${block.line} leaks tensors`).toBe(0);
      for (const d of result.displays) {
        if (d.kind === 'heatmap') expect(Array.from(d.data).some(Number.isNaN)).toBe(false);
      }
    }
  });

  it('shows what the page says it shows', async () => {
    const check = checks[`./checks/${question.slug}.ts`];
    expect(check, `content/checks/${question.slug}.ts is missing`).toBeDefined();
    const results = [];
    for (const block of blocks) results.push(await run(block.code));
    check.default(results);
  });

  it.each(question.bugs.map((b) => [b.id, b] as const))(
    'spot-the-bug %s: the fixed code runs cleanly and differs from the buggy one',
    async (_id, bug) => {
      const fixed = await run(bug.fixed);
      expect(fixed.error, fixed.error?.message).toBeUndefined();
      expect(fixed.displays.length).toBeGreaterThan(0);
      const buggy = await run(bug.buggy);
      // The bug shows itself: an error, or a different picture.
      const differs =
        buggy.error !== undefined ||
        JSON.stringify(
          buggy.displays.map((d) => (d.kind === 'heatmap' ? Array.from(d.data) : d)),
        ) !==
          JSON.stringify(
            fixed.displays.map((d) => (d.kind === 'heatmap' ? Array.from(d.data) : d)),
          );
      expect(differs).toBe(true);
    },
  );
});
