'use client';

import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { LabMessageKey } from '@/lib/i18n/labMessages';
import { format, type MessageKey } from '@/lib/i18n/messages';
import { configFields } from '@/lib/lab/config';
import type { LabProblem } from '@/lib/lab/problems';
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

/**
 * Words the lab's problems (settings, model files, the worker's) in the page's language. A `field`
 * parameter, a setting's key, shows as that setting's label; a code the table lacks (only a
 * forged answer could carry one) shows as itself.
 */
export function useProblemText() {
  const t = useLabT();
  const table = useContext(LabMessagesContext);
  return useMemo(
    () =>
      (problem: LabProblem): string => {
        if (!table || !(problem.code in table)) return problem.code;
        const params = { ...problem.params };
        const field = params.field;
        if (typeof field === 'string' && field in configFields) {
          params.field = t(`lab.field.${field as keyof typeof configFields}`);
        }
        return t(problem.code, params);
      },
    [t, table],
  );
}
