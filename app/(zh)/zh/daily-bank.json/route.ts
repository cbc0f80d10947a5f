import { dailyBank } from '@/lib/practice/dailyBank';
import { practiceBank } from '@/lib/practice/practiceBank';

// The Chinese edition's daily questions, /zh/daily-bank.json.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(dailyBank(practiceBank('zh')));
}
