import { practiceBank } from '@/lib/practice/practiceBank';

// Written once at build time as /practice-bank.json; the practice page fetches it.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(practiceBank('en'));
}
