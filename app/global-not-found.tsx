import type { Metadata } from 'next';
import Link from 'next/link';
import { translator } from '@/lib/i18n/messages';
import './globals.css';

// The site has one root layout per language, so the 404 page brings its own document.
const en = translator('en');
const zh = translator('zh');

export const metadata: Metadata = { title: `${en('notFound.title')} · ${en('site.name')}` };

export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <main id="main">
          <h1>{en('notFound.title')}</h1>
          <p>{en('notFound.body')}</p>
          <p>
            <Link href="/">{en('notFound.home')}</Link>
          </p>
          <p lang="zh-CN">
            {zh('notFound.title')}。{zh('notFound.body')}{' '}
            <Link href="/zh/">{zh('notFound.home')}</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
