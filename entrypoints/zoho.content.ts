import { zoho } from '@/lib/crm/adapters/zoho';
import { runCrmContent } from '@/lib/crm/content-main';

// This site's reader over the shared core; matches set in wxt.config.ts (lib/domain/crms.ts).
export default defineContentScript({
  runAt: 'document_idle',
  main(ctx) {
    ctx.onInvalidated(runCrmContent(window, zoho));
  },
});
