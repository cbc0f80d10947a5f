import { describe, expect, it } from 'vitest';
import { englishSentences } from './englishText';

describe('englishSentences', () => {
  it('finds three or more Latin words in a row', () => {
    expect(englishSentences('运行器意外停止：The runner stopped unexpectedly.')).toEqual([
      'The runner stopped unexpectedly.',
    ]);
    expect(englishSentences('权重 Which token each token attends to')).toEqual([
      'Which token each token attends to',
    ]);
    expect(englishSentences('Ran on cpu in 3.2 ms.')).toEqual(['Ran on cpu in']);
  });

  it('lets names, units and two-word terms through', () => {
    expect(englishSentences('Transformer 模型')).toEqual([]);
    expect(englishSentences('GPT-2 small（d = 768，12 层）')).toEqual([]);
    expect(englishSentences('在 cpu 上运行，用时 3.2 ms。')).toEqual([]);
    expect(englishSentences('softmax 函数把 logits 变成概率')).toEqual([]);
    expect(englishSentences('FlashAttention 与 KV cache')).toEqual([]);
  });

  it('lets an English term in brackets after its Chinese rendering through', () => {
    expect(englishSentences('多查询注意力（multi-query attention）减少了缓存')).toEqual([]);
    expect(englishSentences('分组查询注意力 (grouped-query attention with groups) 也是')).toEqual(
      [],
    );
    // A bracket with Chinese in it is prose, and still checked.
    expect(englishSentences('（这是 a whole English sentence）')).toEqual([
      'a whole English sentence',
    ]);
  });

  it('lets web addresses through', () => {
    expect(englishSentences('见 https://arxiv.org/abs/attention-is-all-you-need 一文')).toEqual([]);
  });

  it('does not join words across lines of separate text', () => {
    expect(englishSentences('the\ncat\nsat')).toEqual([]);
  });
});
