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

  it('lets glosses after a comma in brackets, quoted examples, names and spelled letters through', () => {
    expect(
      englishSentences('（受试者工作特征曲线，receiver operating characteristic）一次'),
    ).toEqual([]);
    expect(
      englishSentences('句子 1 是 “we flew to paris on monday”；句子 2 是 "paris hilton sang"'),
    ).toEqual([]);
    expect(englishSentences("标着 'alice met bob' 的那张图")).toEqual([]);
    expect(englishSentences('Audio Spectrogram Transformer 是什么？')).toEqual([]);
    expect(englishSentences('在 Listen, Attend and Spell 中')).toEqual([]);
    expect(englishSentences('即 Attention-based LSTM with Aspect Embedding（Wang 等）')).toEqual(
      [],
    );
    expect(englishSentences('拼出六个字符 y e s y e s，')).toEqual([]);
  });

  it('still finds prose that starts with a capital', () => {
    expect(englishSentences('Stopped after 5 s: the code ran too long.')).toEqual([
      'the code ran too long.',
    ]);
    expect(englishSentences('The runner has restarted')).toEqual(['The runner has restarted']);
  });
});
