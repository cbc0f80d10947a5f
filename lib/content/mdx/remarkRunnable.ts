import type { Root, Code } from 'mdast';
import { visit } from 'unist-util-visit';

/** A fence is runnable when its meta starts with `run`: ```ts run timeout=8000 title="..." */
export function isRunnable(node: Pick<Code, 'lang' | 'meta'>): boolean {
  return (node.lang === 'ts' || node.lang === 'typescript') && /^run\b/.test(node.meta ?? '');
}

/** Reads `key=value` and `key="quoted value"` pairs after `run`. */
export function parseRunMeta(meta: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of meta.replace(/^run\b/, '').matchAll(/(\w+)=(?:"([^"]*)"|(\S+))/g)) {
    attrs[m[1]] = m[2] ?? m[3];
  }
  return attrs;
}

/**
 * Turns each runnable fence into <CodeRunner code="..."> wrapping the fence itself, so the
 * fence is still highlighted at build time and shown while the editor loads.
 */
export function remarkRunnable() {
  return (tree: Root) => {
    // How many runnable blocks with this same code came earlier on the page: a repeat gets a
    // slot of its own, so its edits are kept apart from the first one's.
    const seen = new Map<string, number>();
    visit(tree, 'code', (node, index, parent) => {
      if (!parent || index === undefined || !isRunnable(node)) return;
      const attrs = parseRunMeta(node.meta ?? '');
      const repeat = seen.get(node.value) ?? 0;
      seen.set(node.value, repeat + 1);
      const attributes = [
        { type: 'mdxJsxAttribute' as const, name: 'code', value: node.value },
        ...(repeat > 0
          ? [{ type: 'mdxJsxAttribute' as const, name: 'slot', value: `${repeat}` }]
          : []),
        ...Object.entries(attrs).map(([name, value]) => ({
          type: 'mdxJsxAttribute' as const,
          name,
          value,
        })),
      ];
      parent.children[index] = {
        type: 'mdxJsxFlowElement',
        name: 'CodeRunner',
        attributes,
        children: [{ ...node, meta: null }],
      };
    });
  };
}
