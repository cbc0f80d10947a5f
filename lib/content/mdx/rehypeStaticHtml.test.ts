import { compile, run } from '@mdx-js/mdx';
import rehypeShiki from '@shikijs/rehype';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { createElement } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import type { PluggableList } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeScrollableMath } from './rehypeScrollableMath';
import { rehypeStaticHtml } from './rehypeStaticHtml';

const page = `# Title

Inline $\\frac{QK^\\top}{\\sqrt{d}}$ and a display:

$$
\\mathrm{softmax}(x)_i = \\frac{e^{x_i}}{\\sum_j e^{x_j}}
$$

\`\`\`ts
const s = 'a <b> & "c"'; // comment
\`\`\`
`;

const highlight: PluggableList[number] = [
  rehypeShiki,
  {
    themes: { light: 'github-light-high-contrast', dark: 'github-dark-default' },
    langs: ['ts'],
    defaultColor: false,
  },
];

/** The page rendered to HTML by React, then parsed and printed again, so escaping is alike. */
async function render(extra: PluggableList): Promise<string> {
  const compiled = await compile(page, {
    outputFormat: 'function-body',
    remarkPlugins: [remarkMath],
    rehypePlugins: [rehypeKatex, rehypeScrollableMath, highlight, ...extra],
  });
  const { default: Content } = await run(compiled, { ...runtime, baseUrl: import.meta.url });
  const html = toHtml(fromHtml(renderToStaticMarkup(createElement(Content)), { fragment: true }));
  // React prints `style="a:1"` where the HTML string keeps KaTeX's `style="a:1;"`: the same.
  return html.replace(/;"/g, '"');
}

describe('rehypeStaticHtml', () => {
  it('renders the same markup as the elements it replaces', async () => {
    // Shiki's first highlight on a busy machine can stop tokenizing a line early (its time
    // limit, met while the grammar compiles): one discarded render first, so both compare alike.
    await render([]);
    const plain = await render([]);
    const frozen = await render([rehypeStaticHtml]);
    // The page has what is frozen: a highlighted block and formulas, inline and display.
    expect(plain).toContain('<pre class="shiki');
    expect(plain).toContain('class="katex-display" tabindex="0"');
    expect(plain.match(/class="katex"/g)).toHaveLength(2);
    const lines = (html: string) => html.replace(/></g, '>\n<').split('\n');
    expect(lines(frozen)).toEqual(lines(plain));
  });

  it('leaves one element per block for React: its contents are a string', async () => {
    const compiled = String(
      await compile(page, {
        outputFormat: 'function-body',
        remarkPlugins: [remarkMath],
        rehypePlugins: [rehypeKatex, highlight, rehypeStaticHtml],
      }),
    );
    expect(compiled.match(/dangerouslySetInnerHTML/g)).toHaveLength(3);
    // No token span of the code is left as an element of its own.
    expect(compiled).not.toMatch(/_jsx\("span", \{\s*className: "line"/);
  });
});
