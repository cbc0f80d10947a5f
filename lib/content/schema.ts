import { z } from 'zod';
import { topics } from './topics';

/** Names a page may list in `demos`: the attention core's exports and the other lib models. */
export const demoNames = [
  'scaledDotProductAttention',
  'attentionSteps',
  'multiHeadAttention',
  'additiveAttention',
  'lstm',
  'attentionPooling',
  'spatialAttention',
  'channelAttention',
  'biDirectionalAttention',
  'graphAttention',
  'classificationMetrics',
] as const;

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

export const frontmatterSchema = z
  .object({
    id: z.number().int().min(1).max(30),
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug: lowercase words joined by dashes'),
    title: localized,
    summary: z.string().min(1),
    topics: z.array(z.enum(topics)).min(1),
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    demos: z.array(z.enum(demoNames)),
    draft: z.boolean().default(false),
    quiz: z.array(quizItemSchema).default([]),
  })
  .strict();

export type Frontmatter = z.infer<typeof frontmatterSchema>;
export type QuizItem = z.infer<typeof quizItemSchema>;

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
