import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { loadQuestions, questionsDir } from '@/lib/content/questions';
import type { Locale } from '@/lib/i18n/messages';
import { QuestionArticle } from './QuestionArticle';

export function questionParams(locale: Locale) {
  return loadQuestions(questionsDir(locale)).map((q) => ({ slug: q.slug }));
}

export function questionMetadata(locale: Locale, slug: string): Metadata {
  const question = loadQuestions(questionsDir(locale)).find((q) => q.slug === slug);
  return question ? { title: question.title[locale], description: question.summary } : {};
}

/** One question in one language, with its neighbours for previous/next. */
export function QuestionPage({ locale, slug }: { locale: Locale; slug: string }) {
  const questions = loadQuestions(questionsDir(locale));
  const index = questions.findIndex((q) => q.slug === slug);
  if (index < 0) notFound();
  return (
    <QuestionArticle
      locale={locale}
      question={questions[index]}
      previous={questions[index - 1]}
      next={questions[index + 1]}
    />
  );
}
