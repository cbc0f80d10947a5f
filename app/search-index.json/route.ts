import { searchData } from '@/lib/content/searchDocs';

// Written once at build time as /search-index.json; the home page fetches it on first search.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(searchData('en'));
}
