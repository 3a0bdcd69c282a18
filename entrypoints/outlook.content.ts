import { outlook } from '@/lib/crm/adapters/outlook';
import { readOutlook } from '@/lib/crm/people/outlook-reader';
import { runSiteContent } from '@/lib/crm/people/site-content';

// Opt-in: registered at run time once the rep turns the site on (lib/platform/opt-in-sites.ts).
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    ctx.onInvalidated(runSiteContent(window, outlook, readOutlook));
  },
});
