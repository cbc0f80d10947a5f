import { searchData } from '@/lib/content/searchDocs';

// The Chinese edition's search index, /zh/search-index.json.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(searchData('zh'));
}
