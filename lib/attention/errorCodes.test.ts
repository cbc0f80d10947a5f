import { readdirSync, readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { englishSentences } from '@/lib/i18n/englishText';
import { codedThrownBy, codesIn } from '@/lib/testing/codedErrors';
import { codedEn, codedZh, renderCoded, type CodedMessage } from '@/lib/i18n/codedMessages';
import { attentionMask, classificationMetrics, linearAttention, transformerBlock } from '.';
import { forwardAttention } from '@/lib/models';

// Every error the core throws at a learner (lib/attention, and the lesson models that use its
// checks) has a code of its own, worded in English and in Chinese: none is English text passed
// through a generic code that a Chinese page would show as it is.

const sources = ['lib/attention', 'lib/models'].flatMap((dir) =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => ({ file: `${dir}/${file}`, text: readFileSync(`${dir}/${file}`, 'utf8') })),
);

describe('the core’s error codes', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('finds the codes the core uses', () => {
    const used = sources.flatMap(({ text }) => codesIn(text));
    expect(new Set(used).size).toBeGreaterThan(40);
  });

  it.each(sources.map(({ file, text }) => [file, text] as const))(
    '%s: every code it uses is worded in both languages',
    (_file, text) => {
      for (const code of codesIn(text)) {
        expect(codedEn, code).toHaveProperty([code]);
        expect(codedZh, code).toHaveProperty([code]);
      }
    },
  );

  it('has no generic code for English details, and no check that passes English through', () => {
    expect(Object.keys(codedEn).filter((code) => code === 'code.core.other')).toEqual([]);
    for (const { file, text } of sources) {
      expect(text, file).not.toMatch(/code\.core\.other/);
      // The helper that took an English detail is gone from the checks.
      expect(text, file).not.toMatch(/\bfail\(\s*FN\s*,/);
    }
  });

  it('throws no plain Error with English prose from any function page code can call', () => {
    // Page code calls what the sandbox offers besides tf and show: lib/attention and lib/models
    // (lib/runtime/sandboxGlobals.ts), whose files are the sources read above.
    const offered = readFileSync('lib/runtime/sandboxGlobals.ts', 'utf8');
    const imported = [...offered.matchAll(/^import \* as \w+ from '([^']+)'/gm)].map((m) => m[1]);
    expect(imported).toEqual(['@/lib/attention', '@/lib/models']);
    for (const { file, text } of sources) {
      expect(text, file).not.toMatch(/new (?:\w*Error)\(\s*[`'"]/);
      expect(text, file).not.toMatch(/throw new (?:Type|Range)?Error\(/);
    }
  });

  it('words every core code in Chinese without English prose, whatever its parameters', () => {
    const coreCodes = Object.keys(codedZh).filter((code) => code.startsWith('code.core.'));
    for (const code of coreCodes) {
      const template = codedZh[code as keyof typeof codedZh];
      // Parameters are names, shapes and numbers: one word each.
      const rendered = template.replace(/\{(\w+)\}/g, 'x');
      expect(englishSentences(rendered), `${code}: ${template}`).toEqual([]);
    }
  });

  it('throws coded errors whose English stays the contract’s and whose Chinese has no English', () => {
    const q = tf.ones([2, 4]);
    const cases: [CodedMessage, string][] = [
      [
        codedThrownBy(() => attentionMask(3, 2, { causal: 'bottom-right' })),
        "attentionMask: causal 'bottom-right' block every key for row 0 of mask [3,2] (query at position -1) but expected at least one unblocked key per row",
      ],
      [
        codedThrownBy(() => attentionMask(2, 2, { causal: 'sideways' as never })),
        `attentionMask: causal is "sideways" but expected 'top-left' or 'bottom-right'`,
      ],
      [
        codedThrownBy(() => linearAttention(q, q, q, { eps: -1 })),
        'linearAttention: eps is -1 but expected a number >= 0',
      ],
      [
        codedThrownBy(() => classificationMetrics([1, 1], [1, 0], [0.4, 0.6])),
        'classificationMetrics: yTrue has only class 1 (2 labels) but expected both 0 and 1 to compute AUC from scores',
      ],
      [
        codedThrownBy(() => transformerBlock(tf.ones([1, 2, 4]), {} as never, [1, 2] as never)),
        'transformerBlock: opts is a plain array but expected an object ' +
          "{ numHeads, norm: 'pre' | 'post', causal?, eps?, rotary? }",
      ],
      [
        codedThrownBy(() => forwardAttention(tf.tensor2d([[0, 1, 0]]), { advance: 2 })),
        'forwardAttention: advance is 2 but expected a number strictly between 0 and 1',
      ],
    ];
    for (const [coded, english] of cases) {
      expect(renderCoded(coded, 'en')).toBe(english);
      const chinese = renderCoded(coded, 'zh');
      expect(englishSentences(chinese), chinese).toEqual([]);
    }
    expect(renderCoded(cases[0][0], 'zh')).toBe(
      "attentionMask：causal 'bottom-right' 屏蔽了掩码 [3,2] 第 0 行（查询位于位置 -1）的所有键，但每行至少应保留一个未屏蔽的键",
    );
    expect(renderCoded(cases[4][0], 'zh')).toContain('opts 是 普通数组，但应为对象');
    q.dispose();
  });
});
