import { translator, type Locale } from '@/lib/i18n/messages';
import { plainText } from './plainText';
import { loadQuestions, questionsDir } from './questions';
import type { SearchData, SearchDoc } from './search';
import { aliasesOf } from './searchAliases';
import { foldTable } from './searchFold';

/** What the search box looks through, per language; served as a static JSON file. */
export function searchDocs(locale: Locale): SearchDoc[] {
  const en = translator('en');
  const zh = translator('zh');
  return loadQuestions(questionsDir(locale)).map((q) =>
    withAliases({
      id: q.id,
      title: q.title[locale],
      otherTitle: q.title[locale === 'en' ? 'zh' : 'en'],
      summary: q.summary,
      body: plainText(q.body),
      headings: plainText(headings(q.body).join('\n')),
      // The topic names the filter shows, in both languages, and the words of the page's address,
      // so typing what the interface shows finds the page.
      labels: [
        ...q.topics.flatMap((topic) => [en(`topic.${topic}`), zh(`topic.${topic}`)]),
        q.slug.replace(/-/g, ' '),
      ].join(' '),
    }),
  );
}

function withAliases(doc: Omit<SearchDoc, 'aliases'>): SearchDoc {
  const text = [doc.title, doc.otherTitle, doc.summary, doc.body].join(' ').toLowerCase();
  return { ...doc, aliases: aliasesOf(text).join(' ') };
}

/** The Markdown headings of a page body, outside code fences. */
function headings(mdx: string): string[] {
  return mdx
    .replace(/```[\s\S]*?```/g, '')
    .split('\n')
    .filter((line) => /^#{1,6}\s/.test(line));
}

/** The static search file of a language: its pages plus the Traditional folding table. */
export function searchData(locale: Locale): SearchData {
  const docs = searchDocs(locale);
  const text = docs.map((d) => Object.values(d).join(' ')).join(' ');
  return { docs, fold: foldTable(text) };
}
