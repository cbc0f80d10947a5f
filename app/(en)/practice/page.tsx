import { PracticePlaceholder } from '@/components/PracticePlaceholder';
import { pageMetadata } from '@/lib/i18n/metadata';

export const metadata = pageMetadata('en', 'practice.title');

export default function Practice() {
  return <PracticePlaceholder locale="en" />;
}
