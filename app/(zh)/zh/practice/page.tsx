import { PracticePlaceholder } from '@/components/PracticePlaceholder';
import { pageMetadata } from '@/lib/i18n/metadata';

export const metadata = pageMetadata('zh', 'practice.title');

export default function Practice() {
  return <PracticePlaceholder locale="zh" />;
}
