import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { find, html } from 'property-information';
import { SKIP, visit } from 'unist-util-visit';

/*
 * Highlighted code and typeset math are most of a question page's elements (a span per token,
 * dozens per formula), yet nothing in them ever changes in the browser. Left as elements, each
 * is sent twice (in the HTML and again in the page's React payload) and walked one by one when
 * the page hydrates, the larger part of a long page's start-up on a slow phone. Here each such
 * block keeps its own element (same tag, class, style, focusability) but its contents become
 * one HTML string (React's dangerouslySetInnerHTML): the same markup, one node to hydrate.
 */

/** Shiki's code blocks and KaTeX's formulas (inline and display: `.katex` is inside both). */
function isStatic(node: Element): boolean {
  // Shiki's hast names the attribute `class` (a string), rehype's own `className` (a list).
  const className = node.properties.className ?? node.properties.class;
  const classes = Array.isArray(className)
    ? className.map(String)
    : String(className ?? '').split(/\s+/);
  return (node.tagName === 'pre' && classes.includes('shiki')) || classes.includes('katex');
}

type Estree = Record<string, unknown>;

/** A plain value (string, number, boolean or an object of them) as an estree expression. */
function literal(value: unknown): Estree {
  if (value !== null && typeof value === 'object') {
    return {
      type: 'ObjectExpression',
      properties: Object.entries(value).map(([key, inner]) => ({
        type: 'Property',
        method: false,
        shorthand: false,
        computed: false,
        key: { type: 'Literal', value: key },
        value: literal(inner),
        kind: 'init',
      })),
    };
  }
  return { type: 'Literal', value };
}

/** `--a: 1; color: red` as React's style object ({ '--a': '1', color: 'red' }). */
function styleObject(style: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const name = declaration.slice(0, colon).trim();
    const value = declaration.slice(colon + 1).trim();
    if (!name) continue;
    // Custom properties keep their name; others are camelCased, as React expects.
    out[
      name.startsWith('--') ? name : name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
    ] = value;
  }
  return out;
}

/** The element's attributes as React props, its children as one HTML string. */
function reactProps(node: Element): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node.properties)) {
    if (value === null || value === undefined || value === false) continue;
    const info = find(html, key);
    if (info.property === 'className')
      props.className = Array.isArray(value) ? value.join(' ') : value;
    else if (info.property === 'style') props.style = styleObject(String(value));
    else {
      // data-* and aria-* keep their attribute names in React; the rest use the property's.
      const name =
        info.attribute.startsWith('data-') || info.attribute.startsWith('aria-')
          ? info.attribute
          : info.property;
      props[name] = Array.isArray(value) ? value.join(info.commaSeparated ? ',' : ' ') : value;
    }
  }
  props.dangerouslySetInnerHTML = { __html: toHtml(node.children) };
  return props;
}

/** The element as MDX JSX with the same tag and one spread of props: `<pre {...props} />`. */
function frozen(node: Element, inline: boolean): ElementContent {
  const expression = literal(reactProps(node));
  return {
    type: inline ? 'mdxJsxTextElement' : 'mdxJsxFlowElement',
    name: node.tagName,
    attributes: [
      {
        type: 'mdxJsxExpressionAttribute',
        value: '...props',
        data: {
          estree: {
            type: 'Program',
            sourceType: 'module',
            body: [
              {
                type: 'ExpressionStatement',
                expression: {
                  type: 'ObjectExpression',
                  properties: [{ type: 'SpreadElement', argument: expression }],
                },
              },
            ],
          },
        },
      },
    ],
    children: [],
  } as unknown as ElementContent;
}

/** Run last (after Shiki and KaTeX): freezes each static block's contents into an HTML string. */
export function rehypeStaticHtml() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (!parent || index === undefined || !isStatic(node)) return;
      parent.children[index] = frozen(node, node.tagName !== 'pre');
      return SKIP;
    });
  };
}
