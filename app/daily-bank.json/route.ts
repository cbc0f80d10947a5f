import { dailyBank } from '@/lib/practice/dailyBank';
import { practiceBank } from '@/lib/practice/practiceBank';

// Written once at build time as /daily-bank.json; the home page's daily question fetches it.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(dailyBank(practiceBank('en')));
}
