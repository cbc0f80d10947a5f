'use client';

import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { LabMessageKey } from '@/lib/i18n/labMessages';
import { format, type MessageKey } from '@/lib/i18n/messages';
import { useT } from '../LocaleContext';

type LabTable = Record<LabMessageKey, string>;

const LabMessagesContext = createContext<LabTable | null>(null);

/** Holds the lab's strings in the page's language, given by the (server) page as data. */
export function LabMessagesProvider({
  messages,
  children,
}: {
  messages: LabTable;
  children: ReactNode;
}) {
  return <LabMessagesContext.Provider value={messages}>{children}</LabMessagesContext.Provider>;
}

/** The translator of the lab's components: the lab's own strings, then the site's. */
export function useLabT() {
  const t = useT();
  const table = useContext(LabMessagesContext);
  return useMemo(
    () =>
      (key: LabMessageKey | MessageKey, vars?: Record<string, string | number>): string => {
        if (table && key in table) return format(table[key as LabMessageKey], vars);
        return t(key as MessageKey, vars);
      },
    [t, table],
  );
}
