import 'katex/dist/katex.min.css';
import { PracticePage } from '@/components/practice/PracticePage';
import { pageMetadata } from '@/lib/i18n/metadata';

export const metadata = pageMetadata('zh', 'practice.title');

export default function Practice() {
  return <PracticePage locale="zh" />;
}
