import { describe, expect, it } from 'vitest';
import { plainText } from './plainText';

describe('plainText', () => {
  it('keeps prose and drops code, tags and markup', () => {
    const mdx =
      '## Masks\n\nA **causal** mask.\n\n```ts\nconst x = 1;\n```\n\n<FollowUp q="Why?">Because.</FollowUp>';
    const text = plainText(mdx);
    expect(text).toContain('Masks');
    expect(text).toContain('causal mask');
    expect(text).toContain('Because');
    expect(text).not.toContain('const x');
    expect(text).not.toContain('FollowUp');
    expect(text).not.toContain('**');
  });
});
