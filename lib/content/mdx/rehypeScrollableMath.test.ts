import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeScrollableMath } from './rehypeScrollableMath';

describe('rehypeScrollableMath', () => {
  it('makes display formulas focusable and leaves inline ones alone', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'span',
          properties: { className: ['katex-display'] },
          children: [],
        },
        { type: 'element', tagName: 'span', properties: { className: ['katex'] }, children: [] },
      ],
    };
    rehypeScrollableMath()(tree);
    const [display, inline] = tree.children.map((n) => (n.type === 'element' ? n.properties : {}));
    expect(display.tabIndex).toBe(0);
    expect(inline.tabIndex).toBeUndefined();
  });
});
