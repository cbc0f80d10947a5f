import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type { Locale } from '@/lib/i18n/messages';
import { parseFrontmatter, type Frontmatter } from './schema';

/** One question page: validated frontmatter plus its MDX body. Read at build time only. */
export interface Question extends Frontmatter {
  fileName: string;
  body: string;
}

/** English pages in content/questions, their Chinese twins in content/zh/questions. */
export function questionsDir(locale: Locale = 'en'): string {
  return locale === 'en'
    ? path.join(process.cwd(), 'content', 'questions')
    : path.join(process.cwd(), 'content', locale, 'questions');
}

export function parseQuestionFile(fileName: string, source: string): Question {
  const { data, content } = matter(source);
  const frontmatter = parseFrontmatter(fileName, data);
  const prefix = Number.parseInt(fileName.slice(0, 2), 10);
  if (prefix !== frontmatter.id) {
    throw new Error(
      `Invalid frontmatter in ${fileName}:\n  - id: ${frontmatter.id} does not match the file name's number ${prefix}`,
    );
  }
  return { ...frontmatter, fileName, body: content };
}

/** Every question, sorted by id. Throws (failing the build) on a bad file or a duplicate. */
export function loadQuestions(dir: string = questionsDir()): Question[] {
  if (!fs.existsSync(dir)) return [];
  const files = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort();
  const questions = files.map((name) =>
    parseQuestionFile(name, fs.readFileSync(path.join(dir, name), 'utf8')),
  );
  assertUnique(questions, 'id');
  assertUnique(questions, 'slug');
  return questions.sort((a, b) => a.id - b.id);
}

function assertUnique(questions: Question[], field: 'id' | 'slug') {
  const seen = new Map<string, string>();
  for (const q of questions) {
    const key = String(q[field]);
    const other = seen.get(key);
    if (other) {
      throw new Error(`Duplicate ${field} "${key}" in ${other} and ${q.fileName}`);
    }
    seen.set(key, q.fileName);
  }
}

/** The list shown on the home page: no bodies, so the page stays light. */
export interface QuestionSummary {
  id: number;
  slug: string;
  title: Frontmatter['title'];
  summary: string;
  topics: Frontmatter['topics'];
  difficulty: Frontmatter['difficulty'];
  draft: boolean;
}

export function summarize(q: Question): QuestionSummary {
  const { id, slug, title, summary, topics, difficulty, draft } = q;
  return { id, slug, title, summary, topics, difficulty, draft };
}
