import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { isRunnable, parseRunMeta, remarkRunnable } from './remarkRunnable';

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

describe('repeated blocks', () => {
  const fence = (value: string) => ({ type: 'code' as const, lang: 'ts', meta: 'run', value });

  it('gives a block with the same code as an earlier one a slot of its own', () => {
    const tree: Root = {
      type: 'root',
      children: [fence('show(1)'), fence('show(2)'), fence('show(1)'), fence('show(1)')],
    };
    remarkRunnable()(tree);
    const slots = tree.children.map((node) => {
      const attributes = 'attributes' in node ? node.attributes : [];
      const slot = attributes.find((a) => 'name' in a && a.name === 'slot');
      return slot?.value ?? null;
    });
    // The first of each keeps no slot, so edits saved before slots existed are still found.
    expect(slots).toEqual([null, null, '1', '2']);
  });
});
