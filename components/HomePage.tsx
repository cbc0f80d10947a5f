import { loadQuestions, questionsDir, summarize } from '@/lib/content/questions';
import type { Locale } from '@/lib/i18n/messages';
import { DailyQuestion } from './DailyQuestion';
import { FirstVisitLanguage } from './FirstVisitLanguage';
import { QuestionBrowser } from './QuestionBrowser';

export function HomePage({ locale }: { locale: Locale }) {
  const questions = loadQuestions(questionsDir(locale)).map(summarize);
  // The pre-rendered HTML shows the full list; the URL's filters apply once the page runs.
  return (
    <>
      {locale === 'en' && <FirstVisitLanguage />}
      <QuestionBrowser questions={questions} intro={<DailyQuestion />} />
    </>
  );
}
