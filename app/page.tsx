import { Suspense } from 'react';
import { QuestionBrowser, QuestionBrowserView } from '@/components/QuestionBrowser';
import { emptyListQuery } from '@/lib/content/listQuery';
import { loadQuestions, summarize } from '@/lib/content/questions';

export default function HomePage() {
  const questions = loadQuestions().map(summarize);
  // The pre-rendered HTML shows the full list; the URL's filters apply once the page runs.
  return (
    <Suspense fallback={<QuestionBrowserView questions={questions} query={emptyListQuery} />}>
      <QuestionBrowser questions={questions} />
    </Suspense>
  );
}
