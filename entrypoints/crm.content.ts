import { runCrmContent } from '@/lib/crm/content-main';
import { CRM_MATCHES } from '@/lib/crm/hosts';

// Nothing of ours is written into the CRM page but the badge (no marker attribute: it would
// tell the page's scripts that the extension is installed).
export default defineContentScript({
  matches: [...CRM_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    ctx.onInvalidated(runCrmContent(window));
  },
});
