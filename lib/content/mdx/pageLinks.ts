import { createProcessor } from '@mdx-js/mdx';
import GithubSlugger from 'github-slugger';
import type { Heading, Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { visit } from 'unist-util-visit';

export interface PageOutline {
  /** Heading anchors as rehype-slug will write them. */
  anchors: string[];
  /** Every link target in the page's markdown. */
  links: string[];
}

/** Reads a page's heading anchors and link targets from its MDX, for the link check. */
export function pageOutline(body: string): PageOutline {
  const tree = createProcessor({ remarkPlugins: [remarkGfm, remarkMath] }).parse(body) as Root;
  const slugger = new GithubSlugger();
  const anchors: string[] = [];
  const links: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'heading') anchors.push(slugger.slug(toString(node as Heading)));
    if (node.type === 'link') links.push((node as Link).url);
  });
  return { anchors, links };
}
