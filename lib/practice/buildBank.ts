import { loadQuestions, questionsDir } from '@/lib/content/questions';
import type { Locale } from '@/lib/i18n/messages';
import { exerciseKey, type Exercise, type PracticeBank } from './bank';
import { questionSection } from './questionSection';

/** A coding drill, as far as the bank needs to know it: which page it belongs to. */
export interface DrillRef {
  id: string;
  questionSlug: string;
}

/**
 * Gathers every exercise of one language's pages: an explain-aloud card per question, its quiz
 * items, its spot-the-bug snippets and the coding drills attached to it. Build time only.
 */
export function buildBank(locale: Locale, drills: DrillRef[]): PracticeBank {
  const pages = loadQuestions(questionsDir(locale)).filter((q) => !q.draft);
  const slugs = new Set(pages.map((q) => q.slug));
  for (const drill of drills) {
    if (!slugs.has(drill.questionSlug))
      throw new Error(`Drill ${drill.id} names no question page: ${drill.questionSlug}`);
  }
  const questions = pages.map((q) => {
    const { prompt, keyPointsHtml } = questionSection(q.fileName, q.body);
    return {
      id: q.id,
      slug: q.slug,
      title: q.title[locale],
      topics: q.topics,
      difficulty: q.difficulty,
      prompt,
      keyPointsHtml,
    };
  });
  const exercises: Exercise[] = pages.flatMap((q): Exercise[] => [
    { kind: 'explain', id: exerciseKey('explain', q.slug, 'main'), slug: q.slug },
    ...q.quiz.map((item) => ({
      kind: 'quiz' as const,
      id: exerciseKey('quiz', q.slug, item.id),
      slug: q.slug,
      item,
    })),
    ...q.bugs.map((bug) => ({
      kind: 'bug' as const,
      id: exerciseKey('bug', q.slug, bug.id),
      slug: q.slug,
      bug,
    })),
    ...drills
      .filter((d) => d.questionSlug === q.slug)
      .map((d) => ({
        kind: 'drill' as const,
        id: exerciseKey('drill', q.slug, d.id),
        slug: q.slug,
        drillId: d.id,
      })),
  ]);
  return { questions, exercises };
}
