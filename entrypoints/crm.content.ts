import { runCrmContent } from '@/lib/crm/content-main';

// Nothing of ours is written into the CRM page but the badge (no marker attribute: it would
// tell the page's scripts that the extension is installed).
export default defineContentScript({
  // matches: every CRM's pages, set in wxt.config.ts (lib/domain/crms.ts).
  runAt: 'document_idle',
  main(ctx) {
    ctx.onInvalidated(runCrmContent(window));
  },
});
