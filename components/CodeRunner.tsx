import type { ReactNode } from 'react';
import styles from './CodeRunner.module.css';

/**
 * A runnable demo. `code` is the source; `children` is the same code highlighted at build
 * time, shown as it is until the editor and runner load.
 */
export function CodeRunner({
  title,
  children,
}: {
  code: string;
  title?: string;
  children?: ReactNode;
}) {
  return (
    <figure className={styles.runner}>
      {title && <figcaption className={styles.caption}>{title}</figcaption>}
      {children}
    </figure>
  );
}
