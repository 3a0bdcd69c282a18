import { relayLocationChanges } from '@/lib/crm/location-signal';

// A few lines in the CRM page's own world so the CRM content script hears client-side URL
// changes the moment they happen (no polling).
export default defineContentScript({
  // matches: every CRM's pages, set in wxt.config.ts (lib/domain/crms.ts).
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    relayLocationChanges(window);
  },
});
