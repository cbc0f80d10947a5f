import { LabPage } from '@/components/lab/LabPage';
import { pageMetadata } from '@/lib/i18n/metadata';

export const metadata = pageMetadata('zh', 'lab.title');

export default function LabRoute() {
  return <LabPage />;
}
