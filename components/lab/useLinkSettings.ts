'use client';

import { useMemo, useState, useSyncExternalStore } from 'react';
import { configFromSearch, configToSearch, defaultConfig, type LabConfig } from '@/lib/lab/config';

const noSubscription = () => () => undefined;

/**
 * The address's search, read as React renders: null on the server and while hydrating the static
 * HTML (which has no address), the browser's from the render right after. Only `change` below
 * rewrites it, and that renders anyway, so there is nothing to subscribe to.
 */
function useAddressSearch(): string | null {
  return useSyncExternalStore(
    noSubscription,
    () => window.location.search,
    () => null,
  );
}

/**
 * The lab's settings, which live in the URL: the link's until the visitor changes one, and each
 * change written back to the address. `arrived` is false until the address has been read; the
 * page keeps every control disabled until then (the static HTML too), so reading the address can
 * never undo an edit.
 */
export function useLinkSettings() {
  const search = useAddressSearch();
  const link = useMemo(() => (search === null ? null : configFromSearch(search)), [search]);
  const [edited, setEdited] = useState<LabConfig | null>(null);
  const change = (next: LabConfig) => {
    setEdited(next);
    const written = configToSearch(next);
    window.history.replaceState(null, '', written ? `?${written}` : window.location.pathname);
  };
  return {
    config: edited ?? link?.config ?? defaultConfig,
    arrived: link !== null,
    /** The link's settings the lab dropped; once edited, the address holds only accepted ones. */
    ignored: edited ? [] : (link?.ignored ?? []),
    change,
  };
}
