import { z } from 'zod';
import { sandboxGlobals } from '@/lib/runtime/sandboxGlobals';
import { topics } from './topics';

const localized = z.object({ en: z.string().min(1), zh: z.string().min(1) });

export const quizItemSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'quiz id: lowercase letters, digits and dashes'),
    prompt: z.string().min(1),
    choices: z.array(z.string().min(1)).min(2).max(6),
    /** Indices of the correct choices; more than one makes it a multiple-answer item. */
    answer: z.array(z.number().int().min(0)).min(1),
    explanation: z.string().min(1),
  })
  .refine((item) => item.answer.every((i) => i < item.choices.length), {
    message: 'every answer index must point at a choice',
    path: ['answer'],
  });

/** A spot-the-bug exercise: runnable buggy and fixed code, and the lines that are wrong. */
export const bugSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'bug id: lowercase letters, digits and dashes'),
    /**
     * The kind of mistake (e.g. mask-not-passed, softmax-wrong-axis), so a content test can keep
     * any one kind from repeating across the bank until learners spot it by habit.
     */
    family: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'bug family: lowercase words joined by dashes'),
    title: z.string().min(1),
    buggy: z.string().min(1),
    fixed: z.string().min(1),
    /** 1-based line numbers in `buggy` that hold the mistake. */
    lines: z.array(z.number().int().min(1)).min(1),
    explanation: z.string().min(1),
  })
  .refine((bug) => bug.lines.every((n) => n <= bug.buggy.split('\n').length), {
    message: 'every line number must be a line of the buggy code',
    path: ['lines'],
  });

/** Functions a page's demos may use: whatever the code sandbox offers besides tf and show. */
const demoName = z.string().refine((name) => name in sandboxGlobals, {
  message: 'not a function the code sandbox offers (lib/attention or lib/models)',
});

export const frontmatterSchema = z
  .object({
    // 1-30: the bank we started from; 31-37: modern LLM attention (issue 19).
    id: z.number().int().min(1).max(37),
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug: lowercase words joined by dashes'),
    title: localized,
    summary: z.string().min(1),
    topics: z.array(z.enum(topics)).min(1),
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    demos: z.array(demoName),
    draft: z.boolean().default(false),
    quiz: z.array(quizItemSchema).default([]),
    bugs: z.array(bugSchema).default([]),
  })
  .strict();

export type Frontmatter = z.infer<typeof frontmatterSchema>;
export type QuizItem = z.infer<typeof quizItemSchema>;
export type Bug = z.infer<typeof bugSchema>;

/**
 * Validates one file's frontmatter. Throws an Error naming the file and every bad field,
 * so a broken page fails the build with a message that says where to look.
 */
export function parseFrontmatter(fileName: string, data: unknown): Frontmatter {
  const result = frontmatterSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues
    .map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('\n');
  throw new Error(`Invalid frontmatter in ${fileName}:\n${problems}`);
}
