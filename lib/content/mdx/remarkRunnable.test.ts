import { describe, expect, it } from 'vitest';
import { isRunnable, parseRunMeta } from './remarkRunnable';

describe('runnable fences', () => {
  it('recognises ts fences whose meta starts with run', () => {
    expect(isRunnable({ lang: 'ts', meta: 'run title="x"' })).toBe(true);
    expect(isRunnable({ lang: 'typescript', meta: 'run' })).toBe(true);
    expect(isRunnable({ lang: 'ts', meta: null })).toBe(false);
    expect(isRunnable({ lang: 'python', meta: 'run' })).toBe(false);
    expect(isRunnable({ lang: 'ts', meta: 'runner' })).toBe(false);
  });

  it('reads quoted and bare attributes', () => {
    expect(parseRunMeta('run timeout=8000 title="Self-attention on a sentence"')).toEqual({
      timeout: '8000',
      title: 'Self-attention on a sentence',
    });
  });
});
