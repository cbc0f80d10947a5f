import { practiceBank } from '@/lib/practice/practiceBank';

// The Chinese edition's exercises, /zh/practice-bank.json.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(practiceBank('zh'));
}
