import matter from 'gray-matter';

/**
 * The prose of a Chinese page, as a reader sees it: the body without code fences, inline code,
 * formulas (inline and display), JSX tags and link targets, plus the frontmatter's text fields (title, summary,
 * quiz prompts, choices and explanations, bug titles and explanations). Bug code is left out.
 * Each piece keeps its line number in the file, for the test's messages.
 */
export interface ProsePiece {
  line: number;
  text: string;
  inBody: boolean;
}

export function zhProse(source: string): ProsePiece[] {
  const { data, content } = matter(source);
  const frontmatterLines = source.slice(0, source.length - content.length).split('\n').length - 1;
  const pieces: ProsePiece[] = [];
  const lines = source.split('\n');
  const lineOf = (text: string) => {
    const probe = text.split('\n')[0].slice(0, 20);
    const at = lines.findIndex((l) => l.includes(probe));
    return at + 1;
  };
  const fromFrontmatter = (text: unknown) => {
    if (typeof text === 'string')
      pieces.push({ line: lineOf(text), text: stripInline(text), inBody: false });
  };
  fromFrontmatter(data.title?.zh);
  fromFrontmatter(data.summary);
  for (const item of data.quiz ?? []) {
    fromFrontmatter(item.prompt);
    for (const choice of item.choices ?? []) fromFrontmatter(choice);
    fromFrontmatter(item.explanation);
  }
  for (const bug of data.bugs ?? []) {
    fromFrontmatter(bug.title);
    fromFrontmatter(bug.explanation);
  }
  // Code fences and display formulas ($$ on lines of their own) are blanked, keeping the lines.
  const blank = (block: string) => block.replace(/[^\n]/g, '');
  const body = content
    .replace(/```[\s\S]*?```/g, blank)
    .replace(/^\$\$[ \t]*\n[\s\S]*?\n\$\$[ \t]*$/gm, blank);
  body.split('\n').forEach((text, i) => {
    const prose = stripInline(text.replace(/<\/?[A-Za-z][^>]*>/g, ' '));
    if (prose.trim()) pieces.push({ line: frontmatterLines + i + 1, text: prose, inBody: true });
  });
  return pieces;
}

function stripInline(text: string): string {
  return (
    text
      .replace(/`[^`]*`/g, ' ')
      // A formula becomes a mark, so brackets on either side of it do not look stacked.
      .replace(/\$\$?[^$]*\$\$?/g, '∙')
      .replace(/\]\([^)]*\)/g, ']')
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
  );
}

/** The text without its English glosses in full-width brackets: 因果掩码（causal mask） -> 因果掩码. */
export function withoutGlosses(text: string): string {
  return text.replace(/（[^（）\p{Script=Han}]*）/gu, '');
}
