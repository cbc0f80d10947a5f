import { plainText } from '@/lib/content/plainText';
import { loadQuestions } from '@/lib/content/questions';
import type { SearchDoc } from '@/lib/content/search';

// Written once at build time as /search-index.json; the home page fetches it on first search.
export const dynamic = 'force-static';

export function GET() {
  const docs: SearchDoc[] = loadQuestions().map((q) => ({
    id: q.id,
    title: `${q.title.en} ${q.title.zh}`,
    summary: q.summary,
    body: plainText(q.body),
  }));
  return Response.json(docs);
}
