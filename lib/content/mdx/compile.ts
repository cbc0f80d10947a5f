import { compile, run } from '@mdx-js/mdx';
import rehypeShiki from '@shikijs/rehype';
import type { MDXContent } from 'mdx/types';
import * as runtime from 'react/jsx-runtime';
import rehypeKatex from 'rehype-katex';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { VFile } from 'vfile';
import { rehypeHeadings, type Heading } from './rehypeHeadings';
import { rehypeScrollableMath } from './rehypeScrollableMath';
import { rehypeStaticHtml } from './rehypeStaticHtml';
import { remarkRunnable } from './remarkRunnable';

export interface CompiledPage {
  Content: MDXContent;
  headings: Heading[];
}

/**
 * Compiles one page's MDX at build time: math to KaTeX HTML, code highlighted by Shiki in
 * light and dark colours (both kept as HTML strings: see rehypeStaticHtml), runnable fences
 * wrapped in <CodeRunner>, headings collected.
 */
export async function compilePage(fileName: string, body: string): Promise<CompiledPage> {
  const file = new VFile({ path: fileName, value: body });
  const compiled = await compile(file, {
    outputFormat: 'function-body',
    remarkPlugins: [remarkGfm, remarkMath, remarkRunnable],
    rehypePlugins: [
      rehypeKatex,
      rehypeScrollableMath,
      rehypeSlug,
      rehypeHeadings,
      [
        rehypeShiki,
        {
          // Every token colour of these two reads at 4.5:1 or more on --code-bg (light
          // #f3f4f6, dark #1c2128); github-light's comments (4.4) and keywords (4.2) did not, a
          // failure that showed once code blocks stayed highlighted text until an edit.
          themes: { light: 'github-light-high-contrast', dark: 'github-dark-default' },
          langs: ['ts', 'typescript', 'python', 'json', 'bash', 'text'],
          defaultColor: false,
        },
      ],
      // Last: the highlighted code and the formulas become one HTML string each, hydrated as
      // one element, not thousands of spans.
      rehypeStaticHtml,
    ],
  });
  const { default: Content } = await run(compiled, { ...runtime, baseUrl: import.meta.url });
  return { Content, headings: compiled.data.headings ?? [] };
}
