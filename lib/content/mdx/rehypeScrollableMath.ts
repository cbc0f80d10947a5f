import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Makes display formulas focusable. They scroll sideways when wider than the column (globals.css
 * .katex-display), and a region that scrolls must be reachable by keyboard to be scrolled
 * (WCAG 2.1.1; axe's scrollable-region-focusable). Shiki already does the same for code blocks.
 * Focus also lets a screen reader land on the formula and read KaTeX's MathML.
 */
export function rehypeScrollableMath() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const className = node.properties.className;
      if (Array.isArray(className) && className.includes('katex-display')) {
        node.properties.tabIndex = 0;
      }
    });
  };
}
