import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { getDb } from '@/lib/db/database';
import { bridgeDexieToQuery } from '@/lib/panel/dexie-query-bridge';
import { usePanelBinding } from '@/lib/panel/use-panel-binding';
import { PanelBody } from './panel-body';
import { SyncFooter } from './sync-footer';
import './user-page.css';

export function createPanelQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Data is local and pushed to us by Dexie's change events, so it never goes stale by time.
      queries: { staleTime: Number.POSITIVE_INFINITY, retry: false, refetchOnWindowFocus: false },
    },
  });
}

export interface SidePanelAppProps {
  /** Tests pass their own client; the page makes one. */
  client?: QueryClient;
  /** The page's query string (`?tabId=N` binds the panel to tab N). */
  search?: string;
}

/** The side panel root: binds to a tab, keeps queries fresh from Dexie, shows the body and footer. */
export function SidePanelApp({ client, search }: SidePanelAppProps) {
  const [queryClient] = useState(() => client ?? createPanelQueryClient());
  useEffect(() => bridgeDexieToQuery(queryClient, () => getDb().name), [queryClient]);
  return (
    <QueryClientProvider client={queryClient}>
      <PanelShell search={search} />
    </QueryClientProvider>
  );
}

function PanelShell({ search }: { search?: string }) {
  usePanelBinding(search);
  return (
    <div className="panel">
      <main className="panel-main">
        <PanelBody />
      </main>
      <SyncFooter />
    </div>
  );
}
