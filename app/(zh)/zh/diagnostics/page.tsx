import { BackendDiagnostics } from '@/components/runner/BackendDiagnostics';
import { pageMetadata } from '@/lib/i18n/metadata';

export const metadata = pageMetadata('zh', 'diagnostics.title');

export default function Diagnostics() {
  return <BackendDiagnostics />;
}
