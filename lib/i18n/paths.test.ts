import { describe, expect, it } from 'vitest';
import { htmlLang, localeOfPath, localePath, switchLocalePath } from './paths';

describe('locale paths', () => {
  it('keeps English at the root and puts Chinese under /zh/', () => {
    expect(localePath('en', '/questions/self-attention/')).toBe('/questions/self-attention/');
    expect(localePath('zh', '/questions/self-attention/')).toBe('/zh/questions/self-attention/');
    expect(localePath('zh', '/')).toBe('/zh/');
  });

  it('switches to the same page in the other language', () => {
    expect(switchLocalePath('/questions/self-attention/')).toBe('/zh/questions/self-attention/');
    expect(switchLocalePath('/zh/questions/self-attention/')).toBe('/questions/self-attention/');
    expect(switchLocalePath('/zh/')).toBe('/');
    expect(switchLocalePath('/')).toBe('/zh/');
    expect(switchLocalePath('/zhuyili/')).toBe('/zh/zhuyili/');
  });

  it('reads the locale of a path and the html lang', () => {
    expect(localeOfPath('/zh/playground/')).toBe('zh');
    expect(localeOfPath('/zhuyili/')).toBe('en');
    expect(htmlLang('zh')).toBe('zh-CN');
  });
});
