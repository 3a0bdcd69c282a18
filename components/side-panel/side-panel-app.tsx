import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useHomeKeptReady } from '@/lib/panel/use-home-kept-ready';
import { usePanelBinding } from '@/lib/panel/use-panel-binding';
import { useShownSighting } from '@/lib/panel/use-shown-sighting';
import { useLocalQueryClient } from '@/lib/query/query-client';
import { PanelBody } from './panel-body';
import { PanelHeader } from './panel-header';
import { SyncFooter } from './sync-footer';
import './side-panel.css';

export interface SidePanelAppProps {
  /** Tests pass their own client; the page makes one. */
  client?: QueryClient;
  /** The page's query string (`?tabId=N` binds the panel to tab N). */
  search?: string;
}

/** The side panel root: binds to a tab, keeps queries fresh from Dexie, shows the body and footer. */
export function SidePanelApp({ client, search }: SidePanelAppProps) {
  const queryClient = useLocalQueryClient(client);
  return (
    <QueryClientProvider client={queryClient}>
      <PanelShell search={search} />
    </QueryClientProvider>
  );
}

function PanelShell({ search }: { search?: string }) {
  usePanelBinding(search);
  useShownSighting();
  return (
    <div className="panel">
      <PanelHeader />
      <main className="panel-main">
        <PanelBody />
      </main>
      <SyncFooter />
      <HomeKeptReady />
    </div>
  );
}

/** Renders nothing: its own component, so the clock it keeps re-renders only itself. */
function HomeKeptReady() {
  useHomeKeptReady();
  return null;
}
