import { describe, expect, it } from 'vitest';
import type { Locale } from '@/lib/i18n/messages';
import { loadQuestions, questionsDir } from './questions';
import { createSearchIndex, searchIds } from './search';
import { searchData } from './searchDocs';

// Queries as people type them into the real pages' search, and the page a reader means: it must
// rank in the top three. Chosen by reading the pages, not by running the search.
const chinese: [query: string, page: number][] = [
  // phrases whose character pairs span words (all returned nothing before)
  ['掩码的作用', 1],
  ['长序列开销', 22],
  ['怎么处理填充', 18],
  // Latin glued to Chinese
  ['Transformer模型', 32], // page 32 is the Transformer block; page 10 ranked here before it
  ['CBAM空间注意力', 9],
  ['语音识别CTC', 12],
  ['推荐系统DIN', 14],
  ['序列标注BiLSTM-CRF', 20],
  ['Tacotron位置敏感注意力', 27],
  ['U-Net注意力门控', 24],
  ['ViT图块', 7],
  ['SE通道注意力', 16],
  ['BiDAF双向注意力流', 3],
  // questions as asked
  ['什么是注意力机制', 1],
  ['注意力流是什么', 3],
  ['自注意力和卷积有什么区别', 7],
  ['多头注意力的好处', 6],
  ['如何评估注意力模型', 4],
  ['注意力权重能解释模型吗', 4],
  ['为什么要除以根号d', 5],
  ['机器翻译中的对齐', 10],
  ['强化学习注意力分配', 11],
  // plain terms
  ['位置编码', 31], // page 31 is about positions; page 7 (which compares them with CNNs) ranked here before it
  ['因果掩码', 15],
  // 预填充 (prefill) holds 填充 (padding): each finds its own page
  ['预填充和解码', 33],
  ['交叉注意力', 23],
  ['图注意力网络', 17],
  ['知识图谱嵌入', 17],
  ['金融风控', 28],
  ['视频监控异常检测', 29],
  ['医疗诊断可解释性', 25],
  ['情感分析', 26],
  ['多兴趣召回', 30],
  // a name the page does not use (it says CNN), and English on the Chinese edition
  ['卷积神经网络', 7],
  ['卷积神经网络和自注意力', 7],
  ['图神经网络', 17],
  ['causal mask', 15],
  // Traditional characters
  ['多頭注意力', 6],
  ['自注意力與卷積的區別', 7],
  ['機器翻譯', 10],
  ['語音識別', 12],
  ['推薦系統', 14],
  // one wrong character
  ['多头注意历', 6],
  ['语音合城', 27],
  ['对话系桶', 23],
];

const english: [query: string, page: number][] = [
  ['self attention vs convolution', 7],
  ['attension basics', 1],
  ['multi head attention benefits', 6],
  ['what is attention', 1],
  ['how to evaluate attention models', 4],
  ['scaled dot product', 1],
  ['positional encoding', 5],
  ['causal mask text generation', 15],
  ['padding mask', 18],
  ['knowledge graph embedding', 17],
  ['graph attention network', 17],
  ['speech recognition CTC', 12],
  ['attention flow BiDAF', 3],
  ['location sensitive attention tacotron', 27],
  ['video surveillance anomaly', 29],
  ['CBAM spatial attention', 9],
  ['attention gate unet', 24],
  ['aspect sentiment', 26],
  ['fraud detection', 28],
  ['medical diagnosis', 25],
  ['dialogue history', 23],
  ['reinforcement learning', 11],
  // abbreviations the page spells out, or the other way round
  ['TTS', 27],
  ['ASR', 12],
  ['graph neural network', 17],
  // one wrong letter
  ['machine translaton', 10],
  ['recomender systems', 14],
  ['multihead atention', 6],
];

const indexes = {
  en: createSearchIndex(searchData('en')),
  zh: createSearchIndex(searchData('zh')),
};
const topicsOf = (locale: Locale) =>
  new Map(loadQuestions(questionsDir(locale)).map((q) => [q.id, q.topics as string[]]));

describe.each([
  ['zh', chinese],
  ['en', english],
] as const)('search on the %s pages', (locale, table) => {
  it.each(table)('%s -> page %i in the top three', (query, page) => {
    expect(searchIds(indexes[locale], query).slice(0, 3)).toContain(page);
  });
});

describe('search beyond the page text', () => {
  it('finds Chinese titles from the English edition, English titles from the Chinese one', () => {
    expect(searchIds(indexes.en, '多头注意力')[0]).toBe(6);
    expect(searchIds(indexes.zh, 'multi-head attention')[0]).toBe(6);
  });

  it('finds the pages of a topic by the name the filter shows', () => {
    for (const [locale, label, topic] of [
      ['zh', '计算机视觉', 'vision'],
      ['zh', '语音与音频', 'speech-audio'],
      ['en', 'Speech and audio', 'speech-audio'],
    ] as const) {
      const topics = topicsOf(locale);
      const top = searchIds(indexes[locale], label).slice(0, 3);
      expect(top).toHaveLength(3);
      for (const id of top) expect(topics.get(id)).toContain(topic);
    }
  });

  it('finds every page that mentions a Latin word glued to Chinese', () => {
    // "softmax" is on every page: the mixed query must not lose any of them.
    expect(searchIds(indexes.zh, 'softmax函数').length).toBe(
      searchIds(indexes.zh, 'softmax').length,
    );
  });
});
