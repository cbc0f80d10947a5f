import type { Heading } from '@/lib/content/mdx/rehypeHeadings';
import styles from './TableOfContents.module.css';

export function TableOfContents({ headings, title }: { headings: Heading[]; title: string }) {
  if (headings.length === 0) return null;
  return (
    <nav className={styles.toc} aria-label={title}>
      <p className={styles.title}>{title}</p>
      <ol>
        {headings.map((h) => (
          <li key={h.id} className={h.depth === 3 ? styles.sub : undefined}>
            <a href={`#${h.id}`}>{h.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
