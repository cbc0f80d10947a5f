import type { Locale } from '@/lib/i18n/messages';
import { plainText } from './plainText';
import { loadQuestions, questionsDir } from './questions';
import type { SearchDoc } from './search';

/** What the search box looks through, per language; served as a static JSON file. */
export function searchDocs(locale: Locale): SearchDoc[] {
  return loadQuestions(questionsDir(locale)).map((q) => ({
    id: q.id,
    title: q.title[locale],
    otherTitle: q.title[locale === 'en' ? 'zh' : 'en'],
    summary: q.summary,
    body: plainText(q.body),
  }));
}
