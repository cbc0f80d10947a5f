import { createProcessor } from '@mdx-js/mdx';
import type { Code, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { visit } from 'unist-util-visit';
import { isRunnable, parseRunMeta } from './remarkRunnable';

export interface RunnableBlock {
  code: string;
  attrs: Record<string, string>;
  line: number;
}

/** The live-demo fences of one page, as the page will run them. */
export function runnableBlocks(body: string): RunnableBlock[] {
  // Parsed with the same syntax extensions as the page, so math braces are not read as JSX.
  const tree = createProcessor({ remarkPlugins: [remarkGfm, remarkMath] }).parse(body) as Root;
  const blocks: RunnableBlock[] = [];
  visit(tree, 'code', (node: Code) => {
    if (isRunnable(node)) {
      blocks.push({
        code: node.value,
        attrs: parseRunMeta(node.meta ?? ''),
        line: node.position?.start.line ?? 0,
      });
    }
  });
  return blocks;
}
