import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestions, parseQuestionFile } from './questions';

const page = (id: number, slug: string) => `---
id: ${id}
slug: ${slug}
title: { en: "T${id}", zh: "题${id}" }
summary: "S"
topics: [foundations]
difficulty: 1
demos: []
---
Body ${id}
`;

function tempDir(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'questions-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('question files', () => {
  it('loads the real content folder: the thirty bank pages, modern pages in 31..37, unique slugs', () => {
    const questions = loadQuestions();
    const ids = questions.map((q) => q.id);
    expect(ids.slice(0, 30)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    // Issue 19 adds pages 31-37 one at a time; each id at most once, in order.
    expect(
      ids.slice(30).every((id, i, rest) => id > 30 && id <= 37 && (i === 0 || id > rest[i - 1])),
    ).toBe(true);
    expect(new Set(questions.map((q) => q.slug)).size).toBe(questions.length);
  });

  it('sorts by id and keeps the body', () => {
    const dir = tempDir({ '02-b.mdx': page(2, 'b'), '01-a.mdx': page(1, 'a') });
    const questions = loadQuestions(dir);
    expect(questions.map((q) => q.slug)).toEqual(['a', 'b']);
    expect(questions[0].body.trim()).toBe('Body 1');
  });

  it('rejects an id that does not match the file name', () => {
    expect(() => parseQuestionFile('03-a.mdx', page(4, 'a'))).toThrow(/03-a\.mdx[\s\S]*id: 4/);
  });

  it('rejects duplicate slugs, naming both files', () => {
    const dir = tempDir({ '01-a.mdx': page(1, 'same'), '02-b.mdx': page(2, 'same') });
    expect(() => loadQuestions(dir)).toThrow(/Duplicate slug "same" in 01-a\.mdx and 02-b\.mdx/);
  });
});
