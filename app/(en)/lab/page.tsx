import { LabPage } from '@/components/lab/LabPage';
import { pageMetadata } from '@/lib/i18n/metadata';

export const metadata = pageMetadata('en', 'lab.title');

export default function LabRoute() {
  return <LabPage />;
}
