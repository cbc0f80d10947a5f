import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { multiHeadAttention, scaledDotProductAttention } from '@/lib/attention';
import { AttentionError } from '@/lib/attention/checks';
import { executeCode } from '@/lib/runtime/execute';
import { errorText } from '@/lib/runtime/errorText';
import {
  codedEn,
  codedOf,
  codedZh,
  englishOf,
  renderCoded,
  type CodedMessage,
} from './codedMessages';

const hasLatinWords = (s: string) => /[A-Za-z]+ [A-Za-z]+ [A-Za-z]+/.test(s);

/** The core's error for a call, caught. */
function thrownBy(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

describe('coded messages', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('has every code in English and Chinese, with the same placeholders', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    expect(Object.keys(codedZh).sort()).toEqual(Object.keys(codedEn).sort());
    for (const [code, en] of Object.entries(codedEn)) {
      const zh = codedZh[code as keyof typeof codedZh];
      expect(zh.trim(), code).not.toBe('');
      expect(placeholders(zh), code).toEqual(placeholders(en));
      // A Chinese template may quote code (dataSync(), show.heatmap) but no English prose.
      expect(hasLatinWords(zh.replace(/`[^`]*`/g, '')), `${code}: ${zh}`).toBe(false);
    }
  });

  it('words nested reasons in the same language', () => {
    const none: CodedMessage = {
      code: 'code.backend.none',
      params: {
        reasons: [
          { code: 'code.backend.noWebgpu' },
          { code: 'code.backend.failed', params: { backend: 'webgl' } },
        ],
      },
    };
    expect(renderCoded(none, 'en')).toBe(
      'No tfjs backend could start: WebGPU is not available in this browser; webgl failed to start',
    );
    expect(renderCoded(none, 'zh')).toBe(
      '没有可以启动的 tfjs 后端：此浏览器不支持 WebGPU；webgl 启动失败',
    );
  });

  it('gives core shape errors a code, an English message and a Chinese wording', () => {
    const q = tf.ones([2, 4]);
    const k = tf.ones([3, 5]);
    const error = thrownBy(() => scaledDotProductAttention(q, k, k));
    expect(error).toBeInstanceOf(AttentionError);
    expect((error as Error).message).toBe(
      'scaledDotProductAttention: k has shape [3,5] but expected last dim 4 to match q [2,4]',
    );
    expect(renderCoded(codedOf(error)!, 'zh')).toBe(
      'scaledDotProductAttention：k 的形状为 [3,5]，但最后一维应为 4，与 q [2,4] 一致',
    );
    const x = tf.ones([1, 2, 6]);
    const params = {
      inProjWeight: tf.ones([18, 6]),
      outProjWeight: tf.ones([6, 6]),
    };
    const heads = thrownBy(() => multiHeadAttention(x, x, x, params, { numHeads: 4 }));
    expect(renderCoded(codedOf(heads)!, 'zh')).toBe(
      'multiHeadAttention：numHeads 为 4，但应能整除 E = 6（query [1,2,6]）',
    );
    const ones = tf.ones([1, 2]);
    const nan = thrownBy(() => scaledDotProductAttention(tf.tensor2d([[NaN, 1]]), ones, ones));
    expect(renderCoded(codedOf(nan)!, 'zh')).toBe(
      'scaledDotProductAttention：q 含有 NaN，但应全为有限数',
    );
    tf.dispose([q, k, x, ones, params.inProjWeight, params.outProjWeight]);
  });

  it('carries the code of an error thrown in learner code to the page', async () => {
    const run = await executeCode(
      'const q = tf.ones([2, 4]);\nscaledDotProductAttention(q, tf.ones([2, 3]), q);',
      tf,
      { scaledDotProductAttention },
    );
    expect(run.error?.coded?.code).toBe('code.core.lastDim');
    expect(run.error?.location?.line).toBe(2);
    expect(errorText(run.error!, 'zh')).toContain('但最后一维应为 4');
    expect(errorText(run.error!, 'en')).toBe(run.error!.message);

    const blocked = await executeCode('fetch("/x");', tf, {});
    expect(blocked.error?.coded).toEqual({
      code: 'code.run.blocked.network',
      params: { name: 'fetch' },
    });
    expect(errorText(blocked.error!, 'zh')).toBe(
      '此处不能使用 fetch：这里的代码无法访问网络。请把需要的数据直接写在代码里。',
    );

    const huge = await executeCode('tf.zeros([20000, 20000]);', tf, {});
    expect(huge.error?.coded?.code).toBe('code.run.tooLarge');
    expect(errorText(huge.error!, 'zh')).toContain('400,000,000 个值');

    const shown = await executeCode('show.heatmap(tf.ones([2, 3]), { rows: ["a"] });', tf, {});
    expect(errorText(shown.error!, 'zh')).toBe(
      'show.heatmap：2 行却给了 1 个行标签（数值形状为 [2, 3]）',
    );
  });

  it('keeps the English message of a coded error equal to its English wording', () => {
    const coded: CodedMessage = { code: 'code.run.timeout', params: { seconds: '5 s' } };
    expect(englishOf(coded)).toMatch(/^Stopped after 5 s: the code ran too long\./);
    expect(renderCoded(coded, 'zh')).toMatch(/^运行 5 s 后已停止/);
  });
});
