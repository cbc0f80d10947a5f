import { describe, expect, it } from 'vitest';
import { aliasesOf } from './searchAliases';

describe('search aliases', () => {
  it('adds the other names of what a text mentions', () => {
    expect(aliasesOf('自注意力与 cnn：区别')).toContain('卷积神经网络');
    expect(aliasesOf('因果掩码挡住未来')).toContain('mask');
    expect(aliasesOf('a kv-cache per layer')).toContain('kv 缓存');
  });

  it('matches a Latin name only as a whole word', () => {
    expect(aliasesOf('a qat and an aqa')).toEqual([]);
    expect(aliasesOf('tokenizer')).toEqual([]);
  });
});
