import Link from 'next/link';
import { translator } from '@/lib/i18n/messages';

export default function NotFound() {
  const t = translator('en');
  return (
    <section>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link href="/">{t('notFound.home')}</Link>
      </p>
    </section>
  );
}
