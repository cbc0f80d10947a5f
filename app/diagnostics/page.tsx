import type { Metadata } from 'next';
import { BackendDiagnostics } from '@/components/BackendDiagnostics';
import { translator } from '@/lib/i18n/messages';

const t = translator('en');
export const metadata: Metadata = { title: t('diagnostics.title') };

export default function DiagnosticsPage() {
  return <BackendDiagnostics />;
}
