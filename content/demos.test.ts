import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { runnableBlocks } from '@/lib/content/mdx/extractRunnable';
import { loadQuestions, questionsDir } from '@/lib/content/questions';
import { executeCode } from '@/lib/runtime/execute';
import '@/lib/runtime/gradients';
import { sandboxGlobals } from '@/lib/runtime/sandboxGlobals';
import type { Display } from '@/lib/runtime/displays';
import { englishSentences } from '@/lib/i18n/englishText';
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
  ...loadQuestions().map((q) => [`${q.id}. ${q.slug}`, q, 'en'] as const),
  ...loadQuestions(questionsDir('zh')).map((q) => [`zh ${q.id}. ${q.slug}`, q, 'zh'] as const),
].filter(([, q]) => !q.draft);

/** Every text a display shows the reader: title, axis names, headers, cells, series and labels. */
function wordsOf(display: Display): string[] {
  const texts: (string | number | undefined)[] = [display.title];
  if (display.kind === 'table') texts.push(...display.columns, ...display.rows.flat());
  if (display.kind === 'line') {
    texts.push(display.xLabel, display.yLabel, ...display.series.map((s) => s.name));
  }
  if (display.kind === 'heatmap' || display.kind === 'steps') {
    texts.push(...(display.rowLabels ?? []), ...(display.colLabels ?? []));
  }
  if (display.kind === 'heatmap') {
    texts.push(display.rowAxisLabel, display.colAxisLabel, ...(display.headLabels ?? []));
  }
  return texts.filter((t): t is string => typeof t === 'string');
}

describe.each(pages)('%s', (_name, question, edition) => {
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
    if (edition === 'zh') {
      // What the Chinese page draws from its demos' data reads in Chinese too (as e2e/zhText
      // checks on the rendered page): no English sentence in a header, series name or label.
      const english = results
        .flatMap((r) => r.displays)
        .flatMap((d) => wordsOf(d).flatMap((t) => englishSentences(t).map((e) => `${e} ⟵ ${t}`)));
      expect(english).toEqual([]);
    }
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
