import { searchDocs } from '@/lib/content/searchDocs';

// The Chinese edition's search index, /zh/search-index.json.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(searchDocs('zh'));
}
