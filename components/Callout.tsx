import type { ReactNode } from 'react';
import styles from './Callout.module.css';

/** A boxed note; `kind` is spelled out in the text too, so colour is not the only signal. */
export function Callout({
  kind = 'note',
  title,
  children,
}: {
  kind?: 'note' | 'warning';
  title?: string;
  children: ReactNode;
}) {
  return (
    <aside className={styles.callout} data-kind={kind}>
      {title && <p className={styles.title}>{title}</p>}
      {children}
    </aside>
  );
}
