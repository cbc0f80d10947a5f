import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export interface Heading {
  depth: 2 | 3;
  id: string;
  text: string;
}

/** Collects h2/h3 (after rehype-slug gave them ids) into file.data.headings for the TOC. */
export function rehypeHeadings() {
  return (tree: Root, file: VFile) => {
    const headings: Heading[] = [];
    visit(tree, 'element', (node) => {
      if (
        (node.tagName === 'h2' || node.tagName === 'h3') &&
        typeof node.properties.id === 'string'
      ) {
        headings.push({
          depth: node.tagName === 'h2' ? 2 : 3,
          id: node.properties.id,
          text: toString(node),
        });
      }
    });
    file.data.headings = headings;
  };
}

declare module 'vfile' {
  interface DataMap {
    headings: Heading[];
  }
}
