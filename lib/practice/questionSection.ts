import type { Blockquote, List, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeKatex from 'rehype-katex';
import { toHtml } from 'hast-util-to-html';
import { unified } from 'unified';

export interface QuestionSection {
  prompt: string;
  keyPointsHtml: string[];
}

const parser = unified().use(remarkParse).use(remarkMath);
const toHast = unified().use(remarkRehype).use(rehypeKatex);

/**
 * Reads a page's first section ("The question" / "题目"): the quoted question and the list of
 * what a good answer covers. Pages are written to that shape (docs/writing-questions.md), and
 * a page that breaks it fails the build here rather than showing an empty drill.
 */
export function questionSection(fileName: string, body: string): QuestionSection {
  const tree = parser.parse(body) as Root;
  const start = tree.children.findIndex((n) => n.type === 'heading' && n.depth === 2);
  const rest = tree.children.slice(start + 1);
  const end = rest.findIndex((n) => n.type === 'heading' && n.depth <= 2);
  const section = end === -1 ? rest : rest.slice(0, end);
  const quote = section.find((n): n is Blockquote => n.type === 'blockquote');
  const list = section.find((n): n is List => n.type === 'list');
  if (start === -1 || !quote || !list) {
    throw new Error(
      `${fileName}: the first section needs the question as a quote and a list of key points`,
    );
  }
  const prompt = toString(quote)
    .trim()
    .replace(/^["“]|["”]$/g, '');
  const keyPointsHtml = list.children.map((item) => {
    const root: Root = { type: 'root', children: item.children };
    return toHtml(toHast.runSync(root)).replace(/^<p>|<\/p>$/g, '');
  });
  return { prompt, keyPointsHtml };
}
