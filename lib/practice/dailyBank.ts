import type { QuizItem } from '@/lib/content/schema';
import type { PracticeBank } from './bank';

/**
 * What the home page's daily question needs: the multiple-choice items and the titles of their
 * pages. Written at build time as a small JSON file, fetched only when the learner opens it.
 */
export interface DailyBank {
  questions: { id: number; slug: string; title: string }[];
  items: { id: string; slug: string; item: QuizItem }[];
}

export function dailyBank(bank: PracticeBank): DailyBank {
  return {
    questions: bank.questions.map(({ id, slug, title }) => ({ id, slug, title })),
    items: bank.exercises.flatMap((e) =>
      e.kind === 'quiz' ? [{ id: e.id, slug: e.slug, item: e.item }] : [],
    ),
  };
}
