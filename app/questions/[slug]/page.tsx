import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { QuestionArticle } from '@/components/QuestionArticle';
import { loadQuestions } from '@/lib/content/questions';

export const dynamicParams = false;

export function generateStaticParams() {
  return loadQuestions().map((q) => ({ slug: q.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const question = loadQuestions().find((q) => q.slug === slug);
  return question ? { title: question.title.en, description: question.summary } : {};
}

export default async function QuestionRoute({ params }: Props) {
  const { slug } = await params;
  const questions = loadQuestions();
  const index = questions.findIndex((q) => q.slug === slug);
  if (index < 0) notFound();
  return (
    <QuestionArticle
      question={questions[index]}
      previous={questions[index - 1]}
      next={questions[index + 1]}
    />
  );
}
