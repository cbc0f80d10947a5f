import MiniSearch from 'minisearch';
import { foldText, indexTerms, queryTerms, type QueryTerm } from './searchTerms';

/** One searchable question: what the home page's search box looks through. */
export interface SearchDoc {
  id: number;
  /** The title in the page's language. */
  title: string;
  /** The title in the other language, so either finds the page. */
  otherTitle: string;
  summary: string;
  body: string;
  /** The page's section headings, which say what it is about better than its body does. */
  headings: string;
  /** Words the interface shows for the page (its topics, in both languages). */
  labels: string;
  /** Other names of the things the page mentions (CNN: 卷积神经网络), see searchAliases.ts. */
  aliases: string;
}

/** The static search file: the pages, and a Traditional -> Simplified character table. */
export interface SearchData {
  docs: SearchDoc[];
  /** Only the characters whose Simplified form occurs in the pages (see searchFold.ts). */
  fold: Record<string, string>;
}

export interface QuestionIndex {
  index: MiniSearch<SearchDoc>;
  fold: Readonly<Record<string, string>>;
}

const fields = ['title', 'otherTitle', 'summary', 'headings', 'labels', 'aliases', 'body'] as const;

export function createSearchIndex({ docs, fold }: SearchData): QuestionIndex {
  const index = new MiniSearch<SearchDoc>({
    fields: [...fields],
    storeFields: ['id'],
    tokenize: indexTerms,
  });
  index.addAll(docs.map((doc) => foldDoc(doc, fold)));
  return { index, fold };
}

function foldDoc(doc: SearchDoc, fold: Readonly<Record<string, string>>): SearchDoc {
  const folded = { ...doc };
  for (const field of fields) folded[field] = foldText(doc[field], fold);
  return folded;
}

/**
 * Question ids matching the query, best first. Every page matching any term is found (a
 * partial match is not thrown away) and ranked first by how much of the query it covers, then
 * by relevance, so a page with all the words comes before one with the rarest word alone.
 * Pages covering less than half as much of the query as the best page are left out.
 * An empty query matches nothing here.
 */
export function searchIds({ index, fold }: QuestionIndex, query: string): number[] {
  const terms = queryTerms(foldText(query, fold));
  if (terms.length === 0) return [];
  const byTerm = new Map(terms.map((t) => [t.term, t]));
  const hits = index.search(query, {
    tokenize: () => terms.map((t) => t.term),
    boost: { title: 3, otherTitle: 1.5, summary: 1.5, headings: 2, labels: 1.5, aliases: 0.5 },
    boostTerm: (term) => byTerm.get(term)?.weight ?? 1,
    prefix: (term) => byTerm.get(term)?.fuzzy === true,
    fuzzy: (term) => (byTerm.get(term)?.fuzzy ? 1 : false),
    combineWith: 'OR',
  });
  const ranked = hits.map((hit) => ({
    id: hit.id as number,
    share: coverage(terms, hit.queryTerms),
    score: hit.score,
  }));
  const best = Math.max(0, ...ranked.map((r) => r.share));
  return ranked
    .filter((r) => r.share >= best / 2)
    .sort((a, b) => bucket(b.share) - bucket(a.share) || b.score - a.score)
    .map((r) => r.id);
}

/** Coverage in steps of a tenth, so near-equal coverage is decided by relevance. */
function bucket(share: number): number {
  return Math.round(share * 10);
}

/** The share of the query's main terms (weighted) that a page matched. */
function coverage(terms: QueryTerm[], matched: string[]): number {
  const found = new Set(matched);
  let total = 0;
  let hit = 0;
  for (const t of terms) {
    if (!t.primary) continue;
    total += t.weight;
    if (found.has(t.term)) hit += t.weight;
  }
  return total === 0 ? 1 : hit / total;
}
