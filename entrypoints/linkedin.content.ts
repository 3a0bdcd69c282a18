import { linkedin } from '@/lib/crm/adapters/linkedin';
import { readLinkedIn } from '@/lib/crm/people/linkedin-reader';
import { runSiteContent } from '@/lib/crm/people/site-content';

// Opt-in: registered at run time once the rep turns the site on (lib/platform/opt-in-sites.ts).
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    ctx.onInvalidated(runSiteContent(window, linkedin, readLinkedIn));
  },
});
