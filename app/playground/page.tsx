import type { Metadata } from 'next';
import { Playground } from '@/components/Playground';
import { translator } from '@/lib/i18n/messages';

const t = translator('en');
export const metadata: Metadata = { title: t('playground.title') };

export default function PlaygroundPage() {
  return <Playground />;
}
