import { LabPage } from '@/components/lab/LabPage';
import { labMessageTables } from '@/lib/i18n/labMessages';
import { pageMetadata } from '@/lib/i18n/metadata';

export const metadata = pageMetadata('zh', 'lab.title');

export default function LabRoute() {
  return <LabPage messages={labMessageTables.zh} />;
}
