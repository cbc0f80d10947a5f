import { describe, expect, it } from 'vitest';
import { foldTable } from './searchFold';
import { foldText, indexTerms, queryTerms } from './searchTerms';

const main = (query: string) =>
  queryTerms(query)
    .filter((t) => t.primary)
    .map((t) => t.term);

describe('search terms', () => {
  it('has a Chinese word segmenter in this runtime', () => {
    const words = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment('怎么处理填充')];
    expect(words.map((w) => w.segment)).toEqual(['怎么', '处理', '填充']);
  });

  it('splits Latin from Han, so neither is cut into letters', () => {
    expect(indexTerms('Transformer模型')).toEqual(['transformer', '模', '型', '模型']);
    expect(main('CBAM空间注意力')).toEqual(['cbam', '空间', '间注', '注意', '意力', '注意力']);
  });

  it('indexes a Chinese run by characters, pairs and its longer words', () => {
    expect(indexTerms('多头注意力')).toEqual(
      expect.arrayContaining(['多', '力', '多头', '头注', '注意', '意力', '注意力']),
    );
  });

  it('keeps stop words out of the required terms, but keeps them as weak ones', () => {
    expect(main('掩码的作用')).toEqual(['掩码']);
    expect(main('怎么处理填充')).toEqual(['填充']);
    expect(main('what is self attention')).toEqual(['self', 'attention']);
    const weak = queryTerms('掩码的作用').find((t) => t.term === '的');
    expect(weak?.primary).toBe(false);
    expect(weak!.weight).toBeLessThan(1);
  });

  it('keeps 预填充 (prefill) whole, so its 填充 is not taken for padding', () => {
    const page = indexTerms('预填充并行处理提示，填充位置被屏蔽');
    expect(page).toEqual(expect.arrayContaining(['预填充', '填充', '并行']));
    // 填充 is indexed once, from 填充位置; 预填 and 填充 inside 预填充 are not terms.
    expect(page.filter((t) => t === '填充')).toHaveLength(1);
    expect(page).not.toContain('预填');
    expect(main('预填充和解码')).toEqual(['预填充', '解码']);
    expect(main('怎么处理填充')).toEqual(['填充']);
  });

  it('keeps a query made of stop words alone', () => {
    expect(main('什么是')).toEqual(['什么', '是']);
  });

  it('allows one typo in longer Latin words only', () => {
    const [short, long] = queryTerms('cnn attension');
    expect(short.fuzzy).toBe(false);
    expect(long.fuzzy).toBe(true);
  });
});

describe('Traditional to Simplified folding (OpenCC)', () => {
  const table = foldTable('多头注意力的掩码与卷积，训练时间');

  it('maps the Traditional characters whose Simplified form is in the pages', () => {
    expect(foldText('多頭注意力與卷積', table)).toBe('多头注意力与卷积');
    expect(foldText('訓練時間的掩碼', table)).toBe('训练时间的掩码');
  });

  it('leaves out characters that fold to something the pages never use', () => {
    expect(table['龍']).toBeUndefined();
    expect(Object.keys(table).length).toBeLessThan(60);
  });
});
