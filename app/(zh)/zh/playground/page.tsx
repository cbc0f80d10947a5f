import { Playground } from '@/components/runner/Playground';
import { pageMetadata } from '@/lib/i18n/metadata';

export const metadata = pageMetadata('zh', 'playground.title');

export default function PlaygroundRoute() {
  return <Playground />;
}
