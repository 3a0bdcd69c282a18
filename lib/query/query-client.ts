import { QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { getDb } from '../db/database';
import { bridgeDexieToQuery } from './dexie-query-bridge';

// Shared by the extension's page roots (side panel, options page): the data they show lives in
// IndexedDB, so one client per page, refreshed by Dexie's change events.

export function createLocalQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Data is local and pushed to us by Dexie's change events, so it never goes stale by time.
      queries: { staleTime: Number.POSITIVE_INFINITY, retry: false, refetchOnWindowFocus: false },
    },
  });
}

/** The page's client (or the one a test passes), bridged to Dexie while the page is mounted. */
export function useLocalQueryClient(client?: QueryClient): QueryClient {
  const [queryClient] = useState(() => client ?? createLocalQueryClient());
  useEffect(() => bridgeDexieToQuery(queryClient, () => getDb().name), [queryClient]);
  return queryClient;
}
