import MiniSearch from 'minisearch';

/** One searchable question: what the home page's search box looks through. */
export interface SearchDoc {
  id: number;
  /** The title in the page's language. */
  title: string;
  /** The title in the other language, so either finds the page. */
  otherTitle: string;
  summary: string;
  body: string;
}

/**
 * Splits text into search terms. Latin words split on non-letters; CJK runs become single
 * characters plus overlapping bigrams, because Chinese has no spaces between words.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const run of text.toLowerCase().match(/[\p{Script=Han}]+|[\p{L}\p{N}]+/gu) ?? []) {
    if (/\p{Script=Han}/u.test(run)) {
      const chars = [...run];
      tokens.push(...chars);
      for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i] + chars[i + 1]);
    } else {
      tokens.push(run);
    }
  }
  return tokens;
}

export function createSearchIndex(docs: SearchDoc[]): MiniSearch<SearchDoc> {
  const index = new MiniSearch<SearchDoc>({
    fields: ['title', 'otherTitle', 'summary', 'body'],
    storeFields: ['id'],
    tokenize,
    searchOptions: {
      boost: { title: 4, otherTitle: 2, summary: 2 },
      prefix: (term) => term.length > 2,
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
      combineWith: 'AND',
      tokenize,
    },
  });
  index.addAll(docs);
  return index;
}

/** Question ids matching the query, best first. An empty query matches nothing here. */
export function searchIds(index: MiniSearch<SearchDoc>, query: string): number[] {
  if (!query.trim()) return [];
  return index.search(query).map((hit) => hit.id as number);
}
